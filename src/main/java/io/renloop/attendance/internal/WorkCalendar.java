package io.renloop.attendance.internal;

import java.util.UUID;

/** A work calendar of the tenant; the default one has the code {@value #DEFAULT_CODE}. */
record WorkCalendar(UUID id, String code, String nameZh, String nameEn, boolean isDefault) {

	static final String DEFAULT_CODE = "default";
}
