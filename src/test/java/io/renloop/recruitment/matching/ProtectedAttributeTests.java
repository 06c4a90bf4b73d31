package io.renloop.recruitment.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.recruitment.internal.matching.CandidateProfile;
import io.renloop.recruitment.internal.matching.JobRequirements;
import io.renloop.recruitment.internal.talentpool.TalentProfile;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProtectedAttributeTests {

	private static final Set<String> PROTECTED_WORDS = Set.of("gender", "sex", "age", "birth", "birthday", "born",
			"ethnic", "ethnicity", "nation", "nationality", "race", "marital", "married", "politics", "political",
			"party", "religion", "photo", "hukou");

	@Test
	void matchingInputsHaveNoProtectedAttributes() {
		Stream.of(CandidateProfile.class, JobRequirements.class, JobRequirements.WeightedTerm.class,
				JobRequirements.FactorWeights.class, TalentProfile.class)
			.flatMap(type -> Arrays.stream(type.getRecordComponents()))
			.map(RecordComponent::getName)
			.flatMap(name -> Arrays.stream(name.split("(?=[A-Z])")))
			.map(word -> word.toLowerCase(Locale.ROOT))
			.forEach(word -> assertThat(PROTECTED_WORDS).doesNotContain(word));
	}
}
