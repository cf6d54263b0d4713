package org.hustings.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON body of every API error: a stable code, plain words, and the request field when one is at fault. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiError(String error, String message, String field) {
}
