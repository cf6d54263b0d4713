package org.hustings.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.hustings.FieldProblems;

/**
 * The JSON body of every API error: a stable code, plain words, and the request field when one is
 * at fault; {@code problems} lists every reason with its field when there are several.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiError(String error, String message, String field, List<FieldProblems.Problem> problems) {

    ApiError(String error, String message, String field) {
        this(error, message, field, null);
    }
}
