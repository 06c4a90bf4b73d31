package io.renloop.openplatform;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.employee.EmployeeHired;
import io.renloop.support.ModuleAloneTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The open platform started with what it depends on: a hire queues one webhook delivery for each subscription to
 * {@code employee.hired} (none for a subscription to other events), and the same event again queues nothing more.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class OpenPlatformModuleAloneFeedsWebhooksTests extends ModuleAloneTest {

	@Test
	void aHireIsQueuedOncePerSubscriberOfItsType(Scenario scenario) {
		UUID hires = subscription("employee.hired,employee.left");
		subscription("payroll.published");
		UUID miner = UUID.randomUUID();
		EmployeeHired hire = new EmployeeHired(rows.tenantId(), miner, "W-001", UUID.randomUUID(), null,
				LocalDate.of(2026, 5, 6));

		scenario.publish(hire)
			.andWaitForStateChange(this::queued, found -> !found.isEmpty())
			.andVerify(found -> assertThat(found).containsExactly(hires + " employee.hired"));
		scenario.publish(hire)
			.andWaitForStateChange(() -> undelivered(miner), count -> count == 0)
			.andVerify(count -> assertThat(queued()).as("the same hire again").hasSize(1));
	}

	private UUID subscription(String events) {
		UUID id = UUID.randomUUID();
		// the sealed secret is never opened here: the test reads the queue, not what is sent
		jdbc.update("""
				insert into openplatform.webhook_subscription (id, tenant_id, url, events, secret_sealed, status,
				 created_by, created_at) values (?, ?, 'http://127.0.0.1:9/hook', ?, ?, 'ACTIVE', 'test', now())""",
				id, rows.tenantId(), events, new byte[] { 1, 2, 3 });
		return id;
	}

	private List<String> queued() {
		return jdbc.queryForList("""
				select subscription_id || ' ' || event_type from openplatform.webhook_delivery where tenant_id = ?""",
				String.class, rows.tenantId());
	}
}
