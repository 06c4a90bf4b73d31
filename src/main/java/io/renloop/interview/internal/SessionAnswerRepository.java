package io.renloop.interview.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SessionAnswerRepository extends JpaRepository<SessionAnswer, UUID> {

	List<SessionAnswer> findBySessionIdOrderByPosition(UUID sessionId);
}
