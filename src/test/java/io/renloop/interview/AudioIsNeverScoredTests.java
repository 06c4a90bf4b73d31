package io.renloop.interview;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Recordings are for human review only: no scoring code may read audio, transcripts or the speech-to-text port.
 */
@AnalyzeClasses(packages = "io.renloop.interview", importOptions = ImportOption.DoNotIncludeTests.class)
class AudioIsNeverScoredTests {

	@ArchTest
	static final ArchRule scoringReadsNoAudio = noClasses().that()
		.resideInAPackage("io.renloop.interview.internal.scoring..")
		.or()
		.haveSimpleName("InterviewScoring")
		.or()
		.haveSimpleName("DefaultAnswerScoring")
		.should()
		.dependOnClassesThat()
		.haveSimpleNameStartingWith("AnswerAudio")
		.orShould()
		.dependOnClassesThat()
		.haveSimpleNameStartingWith("AudioTranscription")
		.orShould()
		.dependOnClassesThat()
		.haveSimpleName("SealedAudio")
		.orShould()
		.dependOnClassesThat()
		.resideInAPackage("io.renloop.interview.internal.speech..")
		.orShould()
		.dependOnClassesThat()
		.belongToAnyOf(SpeechToText.class, AnswerRecordings.class, RecordingView.class)
		.because("audio and transcripts are kept for human review only and never scored");
}
