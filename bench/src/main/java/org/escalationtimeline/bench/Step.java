package org.escalationtimeline.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One command of the synthetic workload, in both of the forms the service takes: an NDJSON import line and an HTTP
 * request. {@code fields} is the HTTP body; a step of an existing aggregate carries its id in the path (HTTP) or in
 * an {@code id} field beside the command's name (import), a create has it in its body.
 */
record Step(String command, String aggregateId, boolean creating, String path, ObjectNode fields) {

    /** The import line: {@code {"command": ..., "id": ..., ...fields}}, as the bundled data set writes it. */
    ObjectNode importLine() {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put("command", command);
        if (!creating) {
            line.put("id", aggregateId);
        }
        line.setAll(fields);
        return line;
    }
}
