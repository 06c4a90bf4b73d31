package io.renloop.recruitment.internal;

import static io.renloop.support.DemoData.DEMO;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.recruitment.RecruitmentFixtures;
import io.renloop.recruitment.internal.matching.TextVectors;
import io.renloop.recruitment.internal.talentpool.RankedCandidate;
import io.renloop.recruitment.internal.talentpool.TalentPoolIndex;
import io.renloop.support.ApiClient;
import io.renloop.support.DemoData;
import io.renloop.support.RenloopIntegrationTest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two app nodes share the database, each with a talent-pool index of its own: "node B" here is a second index with
 * a follower of its own, beside the running app ("node A"). What one node receives, the other finds a moment later;
 * an erasure leaves both; a node that restarts catches up from the position its index committed. (The delay is
 * printed, not asserted: the two-second goal is measured by {@code bench/two-nodes.sh}, not on a loaded test machine.)
 */
@RenloopIntegrationTest
class TalentPoolIsTheSameOnEveryNodeTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TextVectors vectors;

	@Autowired
	TalentPoolChangeLog changes;

	@Autowired
	TalentPoolEntries entries;

	@Autowired
	Clock clock;

	@TempDir
	Path nodeDirectory;

	TalentPoolIndex nodeB;

	String requisition;

	@BeforeEach
	void openRequisition() {
		requisition = new RecruitmentFixtures(port).openRequisition(new DemoData(jdbc).departmentId(DEMO, "MINING"));
		nodeB = openNodeB();
	}

	@AfterEach
	void closeNodeB() {
		nodeB.close();
	}

	@Test
	void aCandidateReceivedOnOneNodeIsFoundOnAnother() {
		TalentPoolFollower follower = follower(nodeB);
		follower.start();
		String marker = marker();

		String candidate = apply("秦节点", marker);
		long received = System.nanoTime();

		awaitOnNodeB(marker, candidate, true);
		long millis = (System.nanoTime() - received) / 1_000_000;
		System.out.printf("talent pool: found on the other node %d ms after the application was received%n", millis);
		follower.close();
	}

	@Test
	void anErasedCandidateLeavesEveryNode() {
		TalentPoolFollower follower = follower(nodeB);
		String marker = marker();
		String candidate = apply("尤删除", marker);
		follower.start();
		awaitOnNodeB(marker, candidate, true);

		assertThat(ApiClient.as(port, "hr@demo.example").delete("/api/v1/candidates/" + candidate).status())
			.isEqualTo(204);

		awaitOnNodeB(marker, candidate, false);
		follower.close();
	}

	@Test
	void aRestartedNodeCatchesUpFromItsLastCommit() {
		TalentPoolFollower beforeRestart = follower(nodeB);
		String before = marker();
		String first = apply("许重启", before);
		beforeRestart.follow();
		long position = nodeB.appliedChange();
		nodeB.close();

		String after = marker();
		String second = apply("何追赶", after);
		nodeB = openNodeB();

		assertThat(nodeB.appliedChange()).isEqualTo(position);
		follower(nodeB).follow();
		assertThat(ids(before)).contains(first);
		assertThat(ids(after)).contains(second);
	}

	private static String marker() {
		return "标记" + UUID.randomUUID().toString().replace("-", "");
	}

	private TalentPoolIndex openNodeB() {
		return TalentPoolIndex.open(nodeDirectory, vectors, clock);
	}

	private TalentPoolFollower follower(TalentPoolIndex index) {
		if (index.appliedChange() == 0) {
			index.recordAppliedChange(changes.latest());
		}
		return new TalentPoolFollower(changes, () -> index, entries, clock, Duration.ofMillis(100));
	}

	private String apply(String name, String marker) {
		ApiClient.Response applied = ApiClient.as(port, "hr@demo.example")
			.post("/api/v1/requisitions/" + requisition + "/applications",
					Map.of("name", name, "phone", RecruitmentFixtures.uniquePhone(), "text",
							"煤矿安全工程师 " + name + " " + marker + "\n注册安全工程师，十年井下通风与瓦斯防治经验。",
							"channel", "LIEPIN", "consent", true));
		assertThat(applied.status()).as(applied.body()).isEqualTo(201);
		return applied.json().get("candidateId").asString();
	}

	private void awaitOnNodeB(String marker, String candidate, boolean found) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> ids(marker).contains(candidate) == found);
	}

	private List<String> ids(String marker) {
		return nodeB.search(DEMO, marker, 10).stream().map(RankedCandidate::candidateId).toList();
	}
}
