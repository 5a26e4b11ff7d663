package org.escalationtimeline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.w3c.dom.Document;
import org.yaml.snakeyaml.Yaml;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Docker cannot run on the build machines, so this reads the deployment files instead and checks
 * them against what the application reads: the services of {@code docker-compose.yml}, their ports
 * against {@code server.port}, every environment variable of the nodes (and of the Dockerfile)
 * against Spring's own keys and the record {@link TimelineProperties}, and the Dockerfile's
 * {@code EXPOSE} and jar against the port and the app module's {@code finalName}.
 */
class DeploymentFilesTest {

    private static final String DATABASE = "postgres";
    private static final List<String> NODES = List.of("timeline-a", "timeline-b");
    /** Spring Boot's port when nothing sets {@code server.port}. */
    private static final int SPRING_DEFAULT_PORT = 8080;

    private static Path root;
    private static Path resources;
    private static Map<String, Object> services;
    private static List<String> dockerfile;
    /** Every key that Spring Boot's configuration metadata on the classpath declares. */
    private static Map<String, JsonNode> springKeys;

    @BeforeAll
    static void readFiles() throws Exception {
        root = repositoryRoot();
        resources = root.resolve("app/src/main/resources");
        Map<String, Object> compose = yamlMap(root.resolve("docker-compose.yml"));
        services = map(compose.get("services"), "services of docker-compose.yml");
        dockerfile = instructions(root.resolve("Dockerfile"));
        springKeys = springConfigurationMetadata();
    }

    // --- docker-compose.yml -------------------------------------------------------------

    @Test
    void composeRunsPostgresAndTwoNodesOfTheService() {
        assertThat(services).containsKeys(DATABASE, NODES.get(0), NODES.get(1));
        assertThat(String.valueOf(service(DATABASE).get("image"))).startsWith("postgres:15");
        for (String node : NODES) {
            Object build = service(node).get("build");
            String context = build instanceof Map<?, ?> m ? String.valueOf(m.get("context")) : String.valueOf(build);
            assertThat(context).as("%s is built from the repository's Dockerfile", node).isIn(".", "./");
        }
    }

    @Test
    void nodesPublishDistinctHostPortsOntoThePortTheApplicationListensOn() {
        Set<String> hostPorts = new LinkedHashSet<>();
        for (String node : NODES) {
            List<String[]> ports = ports(node);
            assertThat(ports).as("ports of %s", node).isNotEmpty();
            for (String[] port : ports) {
                assertThat(port[1]).as("container port of %s", node)
                        .isEqualTo(String.valueOf(serverPort(environment(node))));
                assertThat(hostPorts.add(port[0])).as("host port %s of %s is already taken by another node", port[0], node)
                        .isTrue();
            }
        }
    }

    @Test
    void springVariablesOfTheNodesAreSpringBootKeys() {
        for (String node : NODES) {
            Map<String, String> spring = filter(environment(node), "SPRING_");
            assertThat(spring).as("SPRING_ variables of %s", node).isNotEmpty();
            for (String variable : spring.keySet()) {
                assertThat(springKeyOf(variable))
                        .as("%s of %s binds to no Spring Boot key (relaxed binding of the environment)", variable, node)
                        .isNotNull();
            }
        }
    }

    @Test
    void everyActiveProfileHasItsConfigurationFile() {
        for (String node : NODES) {
            List<String> profiles = activeProfiles(environment(node));
            assertThat(profiles).as("SPRING_PROFILES_ACTIVE of %s", node).contains("postgres");
            for (String profile : profiles) {
                assertThat(profileFile(profile))
                        .as("%s activates profile %s, which has no application-%s.yml or .yaml or .properties in %s",
                                node, profile, profile, root.relativize(resources))
                        .isNotNull();
            }
        }
    }

    @Test
    void timelineVariablesOfTheNodesAndOfTheDockerfileAreTimelineProperties() {
        Set<String> allowed = timelineKeys();
        assertThat(allowed).as("keys derived from TimelineProperties").contains("timeline.roles");
        Map<String, Map<String, String>> sources = new LinkedHashMap<>();
        for (String node : NODES) {
            sources.put(node, environment(node));
        }
        sources.put("Dockerfile", dockerfileEnvironment());
        for (var source : sources.entrySet()) {
            Map<String, String> timeline = filter(source.getValue(), "TIMELINE_");
            for (String variable : timeline.keySet()) {
                List<String> bound = allowed.stream().filter(key -> suppliedBy(variable, key)).toList();
                assertThat(bound).as("%s of %s binds to none of %s", variable, source.getKey(), allowed).hasSize(1);
            }
        }
        assertThat(filter(dockerfileEnvironment(), "TIMELINE_")).as("Dockerfile ENV").containsKey("TIMELINE_DATA_DIR");
    }

    @Test
    void nodeEnvironmentsBindToTimelinePropertiesAndShareOneOperatorSetToken() {
        Set<String> tokens = new LinkedHashSet<>();
        int loading = 0;
        for (String node : NODES) {
            Map<String, String> environment = environment(node);
            assertThat(environment).as("environment of %s", node)
                    .containsKeys("TIMELINE_API_TOKEN", "TIMELINE_ROLES", "TIMELINE_DATASET_LOAD");
            TimelineProperties bound = new Binder(ConfigurationPropertySources.from(environmentSource(environment)))
                    .bind(prefix(), Bindable.of(TimelineProperties.class))
                    .orElseThrow(() -> new AssertionError("nothing of " + node + " binds to TimelineProperties"));
            assertThat(bound.roles()).as("roles of %s", node).containsExactlyInAnyOrder("command", "query");
            if (bound.dataset().load()) {
                loading++;
            }
            tokens.add(bound.apiToken());
        }
        assertThat(tokens).as("the nodes share one write token").hasSize(1);
        assertThat(tokens.iterator().next()).as("the token comes from the operator, who must set it")
                .matches("\\$\\{TIMELINE_API_TOKEN:\\?[^}]+}");
        assertThat(loading).as("nodes loading the bundled data set (both would race on an empty store)").isEqualTo(1);
    }

    @Test
    void nodesUseThePostgresServiceWithItsCredentialsOnceItIsHealthy() {
        Map<String, String> database = environment(DATABASE);
        assertThat(healthcheck(DATABASE)).contains("pg_isready");
        for (String node : NODES) {
            Map<String, String> environment = environment(node);
            Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*")
                    .matcher(String.valueOf(environment.get("SPRING_DATASOURCE_URL")));
            assertThat(url.matches()).as("SPRING_DATASOURCE_URL of %s", node).isTrue();
            assertThat(url.group(1)).as("database host of %s", node).isEqualTo(DATABASE);
            assertThat(url.group(2) == null ? "5432" : url.group(2)).as("database port of %s", node).isEqualTo("5432");
            assertThat(url.group(3)).as("database of %s", node).isEqualTo(database.get("POSTGRES_DB"));
            assertThat(environment.get("SPRING_DATASOURCE_USERNAME")).as("user of %s", node)
                    .isEqualTo(database.get("POSTGRES_USER"));
            assertThat(environment.get("SPRING_DATASOURCE_PASSWORD")).as("password of %s", node)
                    .isEqualTo(database.get("POSTGRES_PASSWORD"));

            Map<String, Object> dependsOn = map(service(node).get("depends_on"), "depends_on of " + node);
            assertThat(map(dependsOn.get(DATABASE), "depends_on." + DATABASE + " of " + node))
                    .as("%s waits for a healthy database", node).containsEntry("condition", "service_healthy");
            assertThat(healthcheck(node)).as("healthcheck of %s", node)
                    .contains("localhost:" + serverPort(environment) + "/actuator/health");
        }
    }

    // --- Dockerfile ---------------------------------------------------------------------

    @Test
    void dockerfileExposesThePortTheApplicationListensOn() {
        Set<String> exposed = new TreeSet<>();
        for (String line : dockerfile) {
            if (keyword(line).equals("EXPOSE")) {
                for (String port : arguments(line).split("\\s+")) {
                    exposed.add(port.replaceFirst("/tcp$", ""));
                }
            }
        }
        assertThat(exposed).containsExactly(String.valueOf(serverPort(Map.of())));
    }

    @Test
    void dockerfileRunsTheJarTheAppModuleBuilds() throws Exception {
        String jar = finalName() + ".jar";
        Pattern copy = Pattern.compile("(?:^|\\S*/)app/target/(\\S+\\.jar)\\s+(\\S+)$");
        List<String> copied = new ArrayList<>();
        String run = null;
        for (String line : dockerfile) {
            String keyword = keyword(line);
            if (keyword.equals("COPY") || keyword.equals("ADD")) {
                Matcher m = copy.matcher(arguments(line));
                if (m.find()) {
                    assertThat(m.group(1)).as("jar copied by: %s", line).isEqualTo(jar);
                    String target = m.group(2);
                    copied.add(target.endsWith("/") ? target + jar : target);
                }
            } else if (keyword.equals("ENTRYPOINT") || keyword.equals("CMD")) {
                run = arguments(line);
            }
        }
        assertThat(copied).as("a COPY of app/target/%s", jar).isNotEmpty();
        assertThat(run).as("ENTRYPOINT or CMD").isNotNull();
        String command = run;
        assertThat(copied).as("the copied jar is the one run by: %s", command)
                .anyMatch(target -> command.contains(target) || command.contains(Path.of(target).getFileName().toString()));
        assertThat(command).contains("-Daxoniq.update-checker.disabled=true");
    }

    @Test
    void dockerfileRunsAsAnotherUserThanRootAndKeepsItsDataInAVolume() {
        String user = dockerfile.stream().filter(line -> keyword(line).equals("USER"))
                .reduce((first, second) -> second).map(DeploymentFilesTest::arguments).orElse("root");
        assertThat(user).isNotIn("root", "0", "0:0");
        String dataDir = dockerfileEnvironment().get("TIMELINE_DATA_DIR");
        assertThat(dockerfile).as("VOLUME of TIMELINE_DATA_DIR").anyMatch(
                line -> keyword(line).equals("VOLUME") && arguments(line).contains(String.valueOf(dataDir)));
    }

    // --- What the application reads -----------------------------------------------------

    /** The port the application listens on with this environment: application.yml, its profiles, SERVER_PORT. */
    private static int serverPort(Map<String, String> environment) {
        Map<String, Object> settings = new TreeMap<>(flatten(yamlMap(resources.resolve("application.yml"))));
        for (String profile : activeProfiles(environment)) {
            Path file = profileFile(profile);
            if (file != null) {
                settings.putAll(file.toString().endsWith(".properties") ? properties(file) : flatten(yamlMap(file)));
            }
        }
        Object port = environment.containsKey("SERVER_PORT") ? environment.get("SERVER_PORT") : settings.get("server.port");
        if (port == null) {
            return SPRING_DEFAULT_PORT;
        }
        String text = String.valueOf(port).trim();
        Matcher placeholder = Pattern.compile("\\$\\{[^:}]+:(\\d+)}").matcher(text);
        return Integer.parseInt(placeholder.matches() ? placeholder.group(1) : text);
    }

    private static List<String> activeProfiles(Map<String, String> environment) {
        String active = environment.get("SPRING_PROFILES_ACTIVE");
        if (active == null || active.isBlank()) {
            return List.of();
        }
        return List.of(active.trim().split("\\s*,\\s*"));
    }

    private static Path profileFile(String profile) {
        for (String extension : List.of("yml", "yaml", "properties")) {
            Path file = resources.resolve("application-" + profile + "." + extension);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        return null;
    }

    /** The Spring Boot key that this environment variable sets, or null. */
    private static String springKeyOf(String variable) {
        for (Map.Entry<String, JsonNode> key : springKeys.entrySet()) {
            if (suppliedBy(variable, key.getKey())) {
                return key.getKey();
            }
        }
        // A map-valued key (logging.level, spring.jpa.properties, ...) takes variables below it.
        ConfigurationPropertySource source = single(environmentSource(Map.of(variable, "x")));
        for (Map.Entry<String, JsonNode> key : springKeys.entrySet()) {
            if (key.getValue().path("type").asText().startsWith("java.util.Map")
                    && ConfigurationPropertyName.isValid(key.getKey())
                    && source.containsDescendantOf(ConfigurationPropertyName.of(key.getKey())) == ConfigurationPropertyState.PRESENT) {
                return key.getKey();
            }
        }
        return null;
    }

    /** Whether Spring's relaxed binding of environment variables maps this variable onto this key. */
    private static boolean suppliedBy(String variable, String key) {
        if (!ConfigurationPropertyName.isValid(key)) {
            return false;
        }
        ConfigurationProperty property = single(environmentSource(Map.of(variable, "x")))
                .getConfigurationProperty(ConfigurationPropertyName.of(key));
        return property != null;
    }

    private static SystemEnvironmentPropertySource environmentSource(Map<String, String> variables) {
        return new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new LinkedHashMap<>(variables));
    }

    private static ConfigurationPropertySource single(SystemEnvironmentPropertySource source) {
        var iterator = ConfigurationPropertySources.from(source).iterator();
        return iterator.next();
    }

    private static String prefix() {
        ConfigurationProperties annotation = TimelineProperties.class.getAnnotation(ConfigurationProperties.class);
        assertThat(annotation).as("@ConfigurationProperties on TimelineProperties").isNotNull();
        return annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
    }

    /** The keys of TimelineProperties, derived from its record components (nested records included). */
    private static Set<String> timelineKeys() {
        Set<String> keys = new TreeSet<>();
        collectKeys(prefix(), TimelineProperties.class, keys);
        return keys;
    }

    private static void collectKeys(String prefix, Class<?> type, Set<String> keys) {
        for (RecordComponent component : type.getRecordComponents()) {
            String key = prefix + "." + DataObjectPropertyName.toDashedForm(component.getName());
            if (component.getType().isRecord()) {
                collectKeys(key, component.getType(), keys);
            } else {
                keys.add(key);
            }
        }
    }

    private static Map<String, JsonNode> springConfigurationMetadata() throws IOException {
        Map<String, JsonNode> keys = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        Enumeration<URL> files = DeploymentFilesTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json");
        while (files.hasMoreElements()) {
            try (InputStream in = files.nextElement().openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    keys.put(property.path("name").asText(), property);
                }
            }
        }
        assertThat(keys).as("Spring Boot's configuration metadata on the test class path")
                .containsKeys("spring.datasource.url", "spring.profiles.active", "server.port");
        return keys;
    }

    private static String finalName() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document pom = factory.newDocumentBuilder().parse(root.resolve("app/pom.xml").toFile());
        var names = pom.getElementsByTagName("finalName");
        assertThat(names.getLength()).as("<finalName> in app/pom.xml").isEqualTo(1);
        return names.item(0).getTextContent().trim();
    }

    // --- Reading the files --------------------------------------------------------------

    private static Path repositoryRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("docker-compose.yml")) && Files.isDirectory(d.resolve("app/src"))) {
                return d;
            }
        }
        return fail("no docker-compose.yml beside app/ above " + dir);
    }

    private static Map<String, Object> service(String name) {
        return map(services.get(name), "service " + name);
    }

    /** A service's environment, as a map whether the file writes it as a map or as a list. */
    private static Map<String, String> environment(String name) {
        Object environment = service(name).get("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> m) {
            m.forEach((k, v) -> variables.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else if (environment instanceof Collection<?> list) {
            for (Object item : list) {
                String[] pair = String.valueOf(item).split("=", 2);
                variables.put(pair[0], pair.length == 2 ? pair[1] : null);
            }
        }
        return variables;
    }

    /** A service's published ports as [host port, container port]. */
    private static List<String[]> ports(String name) {
        Object ports = service(name).get("ports");
        List<String[]> result = new ArrayList<>();
        if (ports instanceof Collection<?> list) {
            for (Object port : list) {
                if (port instanceof Map<?, ?> m) {
                    result.add(new String[] {String.valueOf(m.get("published")), String.valueOf(m.get("target"))});
                } else {
                    String[] parts = String.valueOf(port).replaceFirst("/(tcp|udp)$", "").split(":");
                    assertThat(parts.length).as("port %s of %s publishes a host port", port, name).isGreaterThanOrEqualTo(2);
                    result.add(new String[] {parts[parts.length - 2], parts[parts.length - 1]});
                }
            }
        }
        return result;
    }

    private static String healthcheck(String name) {
        Object test = map(service(name).get("healthcheck"), "healthcheck of " + name).get("test");
        return test instanceof Collection<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(" "))
                : String.valueOf(test);
    }

    private static Map<String, String> filter(Map<String, String> environment, String prefix) {
        Map<String, String> result = new TreeMap<>();
        environment.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                result.put(k, v);
            }
        });
        return result;
    }

    private static Map<String, String> dockerfileEnvironment() {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : dockerfile) {
            if (keyword(line).equals("ENV")) {
                String arguments = arguments(line);
                Matcher pairs = Pattern.compile("(\\w+)=(\"[^\"]*\"|\\S+)").matcher(arguments);
                boolean any = false;
                while (pairs.find()) {
                    variables.put(pairs.group(1), pairs.group(2).replace("\"", ""));
                    any = true;
                }
                if (!any) {
                    String[] legacy = arguments.split("\\s+", 2);
                    variables.put(legacy[0], legacy.length == 2 ? legacy[1] : "");
                }
            }
        }
        return variables;
    }

    /** The Dockerfile's instructions, continuation lines joined, comments dropped. */
    private static List<String> instructions(Path file) throws IOException {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || trimmed.isEmpty() && current.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
            } else {
                result.add(current.append(trimmed).toString().trim());
                current.setLength(0);
            }
        }
        assertThat(result).as("instructions of %s", file).isNotEmpty();
        return result;
    }

    private static String keyword(String instruction) {
        return instruction.split("\\s+", 2)[0].toUpperCase();
    }

    private static String arguments(String instruction) {
        String[] parts = instruction.split("\\s+", 2);
        return parts.length == 2 ? parts[1].trim() : "";
    }

    private static Map<String, Object> yamlMap(Path file) {
        assertThat(file).as("file %s", file).isRegularFile();
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> merged = new LinkedHashMap<>();
            for (Object document : new Yaml().loadAll(reader)) {
                // Documents that apply only on a condition (spring.config.activate.*) are left out.
                if (document != null && flatten(map(document, file.toString())).keySet().stream()
                        .noneMatch(key -> key.startsWith("spring.config.activate"))) {
                    merged.putAll(map(document, file.toString()));
                }
            }
            return merged;
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    private static Map<String, Object> properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        properties.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    /** Spring's view of a YAML document: nested maps as dotted keys. */
    private static Map<String, Object> flatten(Map<String, Object> yaml) {
        Map<String, Object> flat = new LinkedHashMap<>();
        flatten("", yaml, flat);
        return flat;
    }

    private static void flatten(String prefix, Map<?, ?> yaml, Map<String, Object> flat) {
        yaml.forEach((k, v) -> {
            String key = prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k;
            if (v instanceof Map<?, ?> nested) {
                flatten(key, nested, flat);
            } else {
                flat.put(key, v);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        if (!(value instanceof Map<?, ?>)) {
            return fail(what + " is not a mapping: " + value);
        }
        return (Map<String, Object>) value;
    }
}
