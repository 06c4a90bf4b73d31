package io.renloop.recruitment.internal;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.platform.SystemActor;
import io.renloop.recruitment.ApplicationCommands.Apply;
import io.renloop.recruitment.ApplicationStage;
import io.renloop.recruitment.ApplicationViews.ApplicationReceipt;
import io.renloop.recruitment.CandidateErased;
import io.renloop.recruitment.Channel;
import io.renloop.recruitment.HistoricApplications;
import io.renloop.recruitment.HistoricApplications.HistoricApplication;
import io.renloop.recruitment.HistoricApplications.PastStageChange;
import io.renloop.support.RenloopIntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The nightly job erases candidates whose retention ended and keeps everyone else; the anonymous applications
 * stay. The job's method is called directly with a fixed day.
 */
@RenloopIntegrationTest
@RecordApplicationEvents
class CandidateRetentionJobTests {

	@Autowired
	CandidateRetentionJob job;

	@Autowired
	HistoricApplications history;

	@Autowired
	CandidateRetentionProperties retention;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void erasesCandidatesWhoseRetentionEndedAndKeepsTheOthers() {
		LocalDate today = LocalDate.of(2026, 6, 1);
		Instant longAgo = Instant.parse("2023-03-01T02:00:00Z");
		Instant recently = today.minusMonths(retention.retentionMonths()).plusDays(1).atStartOfDay(ZoneOffset.UTC)
			.toInstant();
		UUID requisition = UUID.fromString(jdbc.queryForObject(
				"select id::text from recruitment.requisition where tenant_id = 'demo' and status = 'OPEN' limit 1",
				String.class));
		ApplicationReceipt expired = record(requisition, "保留期满 候选人", longAgo);
		ApplicationReceipt kept = record(requisition, "保留期内 候选人", recently);
		assertThat(retainUntil(expired.candidateId())).isEqualTo(LocalDate.of(2023, 3, 1).plusMonths(retention.retentionMonths()));

		int erased = job.eraseExpiredBefore(today);

		assertThat(erased).isPositive();
		assertThat(jdbc.queryForObject("select name from recruitment.candidate where id = ?", String.class,
				expired.candidateId())).isNull();
		assertThat(jdbc.queryForObject("select name from recruitment.candidate where id = ?", String.class,
				kept.candidateId())).isEqualTo("保留期内 候选人");
		assertThat(jdbc.queryForList("select to_stage from recruitment.application_history where application_id = ?",
				String.class, expired.applicationId())).containsExactlyInAnyOrder("APPLIED", "SCREENED", "REJECTED");
		assertThat(jdbc.queryForList("select reason from recruitment.application_history where application_id = ?",
				String.class, expired.applicationId())).containsOnlyNulls();
		assertThat(jdbc.queryForObject("select reason from recruitment.application_history where application_id = ? and to_stage = 'REJECTED'",
				String.class, kept.applicationId())).isEqualTo("岗位已招满");
		assertThat(jdbc.queryForObject("""
				select actor from platform.audit_event
				where tenant_id = 'demo' and entity_type = 'Candidate' and entity_id = ? and action = 'ERASE'""",
				String.class, expired.candidateId().toString())).isEqualTo(SystemActor.NAME);
		assertThat(events.stream(CandidateErased.class)).contains(new CandidateErased(DEMO, expired.candidateId()))
			.doesNotContain(new CandidateErased(DEMO, kept.candidateId()));
		assertThat(job.eraseExpiredBefore(today)).isZero();
	}

	private ApplicationReceipt record(UUID requisition, String name, Instant appliedAt) {
		Apply apply = new Apply(name, "139" + String.format("%08d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000_000)),
				null, null, Channel.CAMPUS, null, true);
		List<PastStageChange> changes = List.of(new PastStageChange(ApplicationStage.SCREENED, null, appliedAt.plusSeconds(86_400)),
				new PastStageChange(ApplicationStage.REJECTED, "岗位已招满", appliedAt.plusSeconds(2 * 86_400)));
		return SystemActor.callAs(DEMO, () -> history.importHistoric(requisition, new HistoricApplication(apply, appliedAt, changes)));
	}

	private LocalDate retainUntil(UUID candidate) {
		return jdbc.queryForObject("select retain_until from recruitment.candidate where id = ?", LocalDate.class, candidate);
	}
}
