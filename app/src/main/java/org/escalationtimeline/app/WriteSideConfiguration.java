package org.escalationtimeline.app;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The command side (aggregates, command-side lookups) runs where {@code timeline.roles} names it. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${timeline.roles:command,query}'.contains('command')")
@ComponentScan("org.escalationtimeline.command")
public class WriteSideConfiguration {
}
