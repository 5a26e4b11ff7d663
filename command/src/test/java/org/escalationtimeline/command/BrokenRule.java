package org.escalationtimeline.command;

import org.escalationtimeline.api.RuleBroken;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches the {@link RuleBroken} of one named rule, and of one kind when given. */
public final class BrokenRule extends TypeSafeMatcher<RuleBroken> {

    private final String rule;
    private final RuleBroken.Kind kind;

    private BrokenRule(String rule, RuleBroken.Kind kind) {
        this.rule = rule;
        this.kind = kind;
    }

    public static Matcher<RuleBroken> brokenRule(String rule) {
        return new BrokenRule(rule, null);
    }

    public static Matcher<RuleBroken> brokenRule(String rule, RuleBroken.Kind kind) {
        return new BrokenRule(rule, kind);
    }

    @Override
    protected boolean matchesSafely(RuleBroken broken) {
        return rule.equals(broken.rule()) && (kind == null || kind == broken.kind());
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("RuleBroken of rule ").appendValue(rule);
        if (kind != null) {
            description.appendText(" and kind ").appendValue(kind);
        }
    }

    @Override
    protected void describeMismatchSafely(RuleBroken broken, Description mismatch) {
        mismatch.appendText("was rule ").appendValue(broken.rule()).appendText(" of kind ").appendValue(broken.kind())
                .appendText(": ").appendText(String.valueOf(broken.getMessage()));
    }
}
