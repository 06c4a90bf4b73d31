package io.renloop.analytics.internal.dashboard;

import java.math.BigDecimal;
import java.util.UUID;

/** One aggregated figure of a read model: a department's value at some x (a month, a band, a grade ...). */
record Cell(UUID departmentId, String x, BigDecimal value) {
}
