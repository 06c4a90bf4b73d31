package io.renloop;

import static io.renloop.support.DemoData.DEMO;
import static io.renloop.support.Problems.assertProblem;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.TenantIsolationTests.Probe;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The analytics endpoints' isolation probes for {@link TenantIsolationTests}: acme's hiring validity is computed from
 * acme's hires only, and a demo position is unknown to acme.
 */
final class AnalyticsIsolationProbes {

	/** The demo position with the synthetic hiring history (采矿工程师). */
	private final UUID demoPosition;

	AnalyticsIsolationProbes(DemoData data) {
		this.demoPosition = data.positionId(DEMO, "MINING-ENG");
	}

	List<Map.Entry<String, Probe>> probes() {
		return List.of(entry("GET /api/v1/analytics/predictive-validity",
				new Probe("acmeValidityCountsNoDemoHire", acme -> {
					ApiClient.Response all = acme.get("/api/v1/analytics/predictive-validity");
					assertThat(all.status()).isEqualTo(200);
					assertThat(all.body()).doesNotContain("逻辑思维", "安全意识", "沟通表达");
					assertProblem(acme.get("/api/v1/analytics/predictive-validity?positionId=" + demoPosition), 400);
				})));
	}
}
