# syntax=docker/dockerfile:1
# Escalation Timeline: one image runs every role (timeline.roles); see docker-compose.yml.

# --- build -----------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# The whole build context (.dockerignore leaves out target/, data/ and .git); the local
# Maven repository is a BuildKit cache, so dependencies download once per builder.
COPY . .
RUN --mount=type=cache,target=/root/.m2 mvn -B -DskipTests package

# --- run -------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
# curl for the health checks of docker-compose.yml.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
RUN groupadd --system timeline \
 && useradd --system --gid timeline --home-dir /app --shell /usr/sbin/nologin timeline \
 && mkdir -p /app /data \
 && chown timeline:timeline /data
WORKDIR /app
COPY --from=build /src/app/target/escalation-timeline.jar /app/escalation-timeline.jar

ENV TIMELINE_DATA_DIR=/data
VOLUME /data
EXPOSE 8080
USER timeline
# More JVM flags: JAVA_TOOL_OPTIONS (e.g. -XX:MaxRAMPercentage=75).
ENTRYPOINT ["java", "-Daxoniq.update-checker.disabled=true", "-Ddisable-axoniq-console-message=true", "-jar", "/app/escalation-timeline.jar"]
