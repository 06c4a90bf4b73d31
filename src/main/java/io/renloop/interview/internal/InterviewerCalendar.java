package io.renloop.interview.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Whether recorded available time covers a period; touching or overlapping slots count as one stretch. */
final class InterviewerCalendar {

	private InterviewerCalendar() {
	}

	static boolean covers(List<InterviewerAvailability> slots, Instant start, Instant end) {
		Instant covered = start;
		for (InterviewerAvailability slot : slots.stream().sorted(Comparator.comparing(InterviewerAvailability::startsAt)).toList()) {
			if (slot.startsAt().isAfter(covered)) {
				return false;
			}
			if (slot.endsAt().isAfter(covered)) {
				covered = slot.endsAt();
			}
			if (!covered.isBefore(end)) {
				return true;
			}
		}
		return false;
	}
}
