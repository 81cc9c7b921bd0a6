package se.openup.loader.mapping;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Where one field's value comes from: a column by title (with aliases) or by number, or a constant.
 * {@code format} is free-form by field: amounts take decimalChar/groupChar, dates a list of patterns.
 */
public record ColumnSpec(
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> titles,
        Integer column,
        String value,
        Boolean required,
        Object format,
        String fallback,
        @JsonProperty("null") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> nullValues) {

    public static final String PERIOD = "period";

    public boolean isConstant() { return value != null; }

    public boolean fromPeriod() { return PERIOD.equals(value); }

    public boolean fallsBackToPeriod() { return PERIOD.equals(fallback); }
}
