package io.renloop.employee.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface TimelineEvents extends ListCrudRepository<TimelineEvent, UUID> {

	List<TimelineEvent> findByEmployeeIdOrderByOccurredOnDescRecordedAtDesc(UUID employeeId);

	List<TimelineEvent> findByTypeInOrderByOccurredOnAscRecordedAtAsc(Collection<String> types);
}
