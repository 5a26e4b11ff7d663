package org.escalationtimeline.app.contract;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import java.util.Set;
import java.util.stream.Collectors;

/** The classes of the api module, found on the classpath so that a new one cannot be forgotten. */
final class ApiTypes {

    private ApiTypes() {
    }

    /** The fully qualified names of every concrete class of the api that is a {@code type}. */
    static Set<String> concreteSubtypesOf(Class<?> type) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent() && definition.getMetadata().isConcrete();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(type));
        return scanner.findCandidateComponents("org.escalationtimeline.api").stream()
                .map(definition -> definition.getBeanClassName()).collect(Collectors.toSet());
    }
}
