package io.renloop.recruitment.talentpool;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.recruitment.internal.talentpool.RankedCandidate;
import io.renloop.recruitment.internal.talentpool.TalentPoolIndex;
import io.renloop.recruitment.internal.talentpool.TalentProfile;
import io.renloop.recruitment.matching.MatchingExamples;
import io.renloop.recruitment.matching.SharedEmbeddings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TalentPoolIndexTests {

	private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

	private final TalentPoolIndex index = TalentPoolIndex.inMemory(SharedEmbeddings.INSTANCE,
			Clock.fixed(NOW, ZoneOffset.UTC));

	@BeforeEach
	void indexPool() {
		index.rebuild(pool().stream());
	}

	@AfterEach
	void closeIndex() {
		index.close();
	}

	@Test
	void mineSafetyEngineerComesFirstForAMineSafetyRequisition() {
		assertThat(ids(index.recommend("a", MatchingExamples.mineSafetyJob(), 3))).first().isEqualTo("a-safety");
	}

	@Test
	void javaDeveloperComesFirstForAJavaQuery() {
		assertThat(ids(index.search("a", "Java developer Spring Boot REST services", 3))).first().isEqualTo("a-java");
	}

	@Test
	void aKeywordQueryRanksTheResumeThatMentionsItsWordsFirst() {
		index.upsert(new TalentProfile("a", "a-lawyer", "Litigation Attorney\nExperience\nArgued civil cases in court as "
				+ "the advocate of our clients and drafted their pleadings", true, null));
		assertThat(ids(index.search("a", "advocate litigation court", 3))).first().isEqualTo("a-lawyer");
	}

	@Test
	void aPastedPostingIsSearchedByItsRequirementsNotItsBenefits() {
		String posting = """
				Java Developer
				What we offer
				- Monthly financial bonus, sales incentives and a safety-first culture
				Requirements
				- Spring Boot and REST services
				We are an equal opportunity employer.
				""";
		assertThat(ids(index.search("a", posting, 3))).first().isEqualTo("a-java");
	}

	@Test
	void tenantNeverSeesAnotherTenantsProfiles() {
		assertThat(ids(index.search("b", "煤矿 安全工程师 通风 瓦斯", 10))).containsOnly("b-safety");
		assertThat(ids(index.search("a", "煤矿 安全工程师 通风 瓦斯", 10))).allMatch(id -> id.startsWith("a-"));
	}

	@Test
	void profilesWithoutConsentOrWithExpiredConsentAreNotFound() {
		List<String> found = ids(index.search("a", "销售经理 客户开发", 10));
		assertThat(found).doesNotContain("a-no-consent", "a-expired").contains("a-sales");
	}

	@Test
	void deletedProfilesAreNotFound() {
		index.delete("a-java");
		assertThat(ids(index.search("a", "Java developer", 10))).doesNotContain("a-java");
	}

	@Test
	void upsertReplacesAProfile() {
		index.upsert(new TalentProfile("a", "a-java", "Accountant, monthly financial statements", true, null));
		assertThat(index.size()).isEqualTo(pool().size());
		assertThat(ids(index.search("a", "financial statements accountant", 1))).containsExactly("a-java");
	}

	@Test
	void rebuildGivesTheSameResults() {
		List<RankedCandidate> before = index.search("a", "安全生产 Java 销售", 10);
		index.rebuild(pool().stream().parallel());
		assertThat(index.search("a", "安全生产 Java 销售", 10)).isEqualTo(before);
	}

	private static List<String> ids(List<RankedCandidate> ranked) {
		return ranked.stream().map(RankedCandidate::candidateId).toList();
	}

	private static List<TalentProfile> pool() {
		Instant later = NOW.plus(Duration.ofDays(365));
		return Stream.of(
				new TalentProfile("a", "a-safety", MatchingExamples.mineSafetyEngineer().text(), true, later),
				new TalentProfile("a", "a-sales", MatchingExamples.salesperson().text(), true, null),
				new TalentProfile("a", "a-java", MatchingExamples.javaDeveloper().text(), true, null),
				new TalentProfile("a", "a-accountant", MatchingExamples.accountant().text(), true, null),
				new TalentProfile("a", "a-no-consent", "销售经理，负责客户开发与维护", false, null),
				new TalentProfile("a", "a-expired", "销售经理，负责客户开发与商务谈判", true, NOW.minusSeconds(1)),
				new TalentProfile("b", "b-safety", "煤矿安全工程师，负责矿井通风与瓦斯防治，持有注册安全工程师证书", true, null))
			.toList();
	}
}
