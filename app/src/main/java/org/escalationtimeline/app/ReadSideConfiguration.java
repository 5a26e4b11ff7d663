package org.escalationtimeline.app;

import org.escalationtimeline.query.SegmentClaims;
import org.escalationtimeline.query.rebuild.Switchboard;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

/** The query side (projections, reads) runs where {@code timeline.roles} names it. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${timeline.roles:command,query}'.contains('query')")
@ComponentScan("org.escalationtimeline.query")
public class ReadSideConfiguration {

    /**
     * {@code timeline.read-model.claim-timeout}: how long a node's claim on a projection segment holds unrenewed, so
     * how soon the other nodes take over the segments of a node that died or hangs. The token store uses it too.
     */
    public static final String CLAIM_TIMEOUT = "${timeline.read-model.claim-timeout:10s}";

    @Bean
    SegmentClaims segmentClaims(@Value(CLAIM_TIMEOUT) Duration timeout) {
        return new SegmentClaims(timeout);
    }

    /**
     * The lease under which a node drives a rebuild ({@code timeline.read-model.rebuild-lease}, 30 s by default).
     * The node is named by {@code timeline.read-model.node-id}, by default its host and data directory: both stay
     * the same when the node is started again (a container keeps its host name across restarts), and two nodes
     * differ in one of them (in a container each has its own host name, on one host each its own directory).
     */
    @Bean
    Switchboard.Lease rebuildLease(TimelineProperties timeline,
                                   @Value("${timeline.read-model.rebuild-lease:30s}") Duration length,
                                   @Value("${timeline.read-model.node-id:}") String node) {
        return new Switchboard.Lease(node.isBlank() ? hostName() + ":" + timeline.dataDir().toAbsolutePath().normalize()
                : node, length);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
