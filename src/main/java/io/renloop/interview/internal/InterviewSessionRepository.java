package io.renloop.interview.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InterviewSessionRepository extends JpaRepository<InterviewSession, UUID> {
}
