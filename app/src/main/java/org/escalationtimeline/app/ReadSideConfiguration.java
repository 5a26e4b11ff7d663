package org.escalationtimeline.app;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The query side (projections, reads) runs where {@code timeline.roles} names it. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${timeline.roles:command,query}'.contains('query')")
@ComponentScan("org.escalationtimeline.query")
public class ReadSideConfiguration {
}
