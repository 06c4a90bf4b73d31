package io.renloop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.support.RenloopIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** On the first start the demo tenant has offers waiting for approval, each with its running approval. */
@RenloopIntegrationTest
class DemoOffersTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twoInterviewedCandidatesHaveOffersWaitingForTheirApprovers() {
		List<Map<String, Object>> offers = jdbc.queryForList("""
				select o.id, o.status, a.stage from onboarding.offer o
				join recruitment.application a on a.id = o.application_id
				where o.tenant_id = 'demo' and o.created_by = 'system'""");
		assertThat(offers).hasSize(2);
		assertThat(offers).allSatisfy(offer -> assertThat(offer.get("stage")).isEqualTo("OFFER"));
		assertThat(offers).allSatisfy(offer -> assertThat(jdbc.queryForObject("""
				select count(*) from workflow.approval where tenant_id = 'demo' and subject_type = 'offer'
				and subject_id = ?""", Long.class, offer.get("id"))).isEqualTo(1));
	}
}
