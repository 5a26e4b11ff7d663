package org.escalationtimeline.api.value;

public enum DatePrecision {
    DAY, MONTH, YEAR
}
