package io.renloop.recruitment.matching;

import static io.renloop.recruitment.matching.MatchingExamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.recruitment.internal.matching.CandidateProfile;
import io.renloop.recruitment.internal.matching.JobRequirements;
import io.renloop.recruitment.internal.matching.MatchFactor;
import io.renloop.recruitment.internal.matching.MatchResult;
import io.renloop.recruitment.internal.matching.MatchScorer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MatchScorerTests {

	private static final MatchScorer scorer = new MatchScorer(SharedEmbeddings.INSTANCE);

	@Test
	void mineSafetyEngineerOutranksSalespersonForAMineSafetyJob() {
		MatchResult engineer = scorer.score(mineSafetyEngineer(), mineSafetyJob(), Locale.CHINESE);
		MatchResult salesperson = scorer.score(salesperson(), mineSafetyJob(), Locale.CHINESE);
		assertThat(engineer.score()).isGreaterThan(salesperson.score() + 30);
	}

	@Test
	void javaDeveloperOutranksAccountantForAJavaJob() {
		MatchResult developer = scorer.score(javaDeveloper(), javaJob(), Locale.ENGLISH);
		MatchResult accountant = scorer.score(accountant(), javaJob(), Locale.ENGLISH);
		assertThat(developer.score()).isGreaterThan(accountant.score() + 30);
	}

	@Test
	void explainsCertificatesInChinese() {
		JobRequirements job = new JobRequirements(null, null, List.of("注册安全工程师", "一级建造师"), List.of(), List.of(),
				"", null);
		assertThat(factor(scorer.score(mineSafetyEngineer(), job, Locale.SIMPLIFIED_CHINESE), "certificates").evidence())
			.isEqualTo("具备 注册安全工程师（注安师，同义） 证书；缺少 一级建造师");
	}

	@Test
	void explainsExperienceInEnglish() {
		assertThat(factor(scorer.score(mineSafetyEngineer(), mineSafetyJob(), Locale.ENGLISH), "experience").evidence())
			.isEqualTo("7.5 years of experience, 5 required");
	}

	@Test
	void everyFactorHasEvidence() {
		MatchResult result = scorer.score(javaDeveloper(), javaJob(), Locale.ENGLISH);
		assertThat(result.factors()).extracting(MatchFactor::name)
			.containsExactly("mustHaves", "skills", "experience", "education", "niceToHaves", "description");
		assertThat(result.factors()).allSatisfy(factor -> assertThat(factor.evidence()).isNotBlank());
	}

	@Test
	void matchesSkillsThroughSynonyms() {
		JobRequirements job = new JobRequirements(null, null, List.of(), List.of("JavaScript", "Kubernetes"), List.of(),
				"", null);
		CandidateProfile frontEnd = new CandidateProfile(List.of("JS", "K8s"), List.of(), List.of(), List.of(), null,
				"");
		MatchFactor skills = factor(scorer.score(frontEnd, job, Locale.ENGLISH), "skills");
		assertThat(skills.score()).isEqualTo(1.0);
		assertThat(skills.evidence()).isEqualTo("Has JavaScript (as JS), Kubernetes (as K8s)");
	}

	@Test
	void treatsSpellingVariantsAsTheSameSkill() {
		MatchFactor skills = factor(scorer.score(javaDeveloper(), javaJob(), Locale.ENGLISH), "skills");
		assertThat(skills.evidence()).isEqualTo("Has Java, Spring Boot");
	}

	@Test
	void failedMustHaveCapsTheScore() {
		CandidateProfile junior = new CandidateProfile(javaDeveloper().skills(), List.of(),
				javaDeveloper().degrees(), javaDeveloper().titles(), new BigDecimal("1"), javaDeveloper().text());
		MatchResult result = scorer.score(junior, javaJob(), Locale.ENGLISH);
		assertThat(result.mustHavesMet()).isFalse();
		assertThat(result.score()).isLessThanOrEqualTo(MatchScorer.FAILED_MUST_HAVE_CAP);
		assertThat(factor(result, "mustHaves").evidence())
			.isEqualTo("Must-haves not met: years of experience; score capped at 40");
	}

	@Test
	void sameInputsGiveTheSameResult() {
		MatchResult first = scorer.score(mineSafetyEngineer(), mineSafetyJob(), Locale.CHINESE);
		MatchResult second = new MatchScorer(SharedEmbeddings.INSTANCE).score(mineSafetyEngineer(), mineSafetyJob(),
				Locale.CHINESE);
		assertThat(second).isEqualTo(first);
	}

	private static MatchFactor factor(MatchResult result, String name) {
		return result.factors().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
	}
}
