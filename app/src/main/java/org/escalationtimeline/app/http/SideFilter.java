package org.escalationtimeline.app.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * On a node that runs one side only ({@code timeline.roles}), a request of the other side is a 404 problem that says
 * which side this node runs and where to go instead, whatever its path, method or token: without it a write to a
 * query node would be a 405 (the read of the same path exists) and a read on a command node a "no static resource".
 * It runs before the token is read, so a client sent to the wrong node learns so, with or without the token.
 */
class SideFilter extends OncePerRequestFilter {

    private final Set<String> roles;
    private final ProblemWriter problems;

    SideFilter(Set<String> roles, ProblemWriter problems) {
        this.roles = new TreeSet<>(roles);
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Side side = Side.of(request);
        if (side == null || roles.contains(side.role())) {
            chain.doFilter(request, response);
            return;
        }
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.NOT_FOUND, "side-not-served",
                "this node serves the " + String.join(" and ", roles) + " side only (timeline.roles="
                        + String.join(",", roles) + "): " + side.serves() + " are served by nodes with the "
                        + side.role() + " role");
        problem.setProperty("side", side.role());
        problem.setProperty("roles", roles);
        problems.write(response, problem);
    }
}
