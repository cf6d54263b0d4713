package org.hustings.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/** The JSON object a request to the API sent, or a refusal that says it is not one. */
final class JsonBody {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonBody() {
    }

    static JsonNode object(Context ctx) {
        JsonNode in;
        try {
            in = JSON.readTree(ctx.body());
        } catch (Exception e) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "The request body is not JSON.");
        }
        if (in == null || !in.isObject()) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "The request body must be a JSON object.");
        }
        return in;
    }
}
