package io.renloop.fairness;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.renloop.RenloopApplication;

/**
 * Self-reported gender and age band never reach scoring or matching: nothing in the interview or recruitment
 * modules, and nothing outside the fairness module at all, may depend on it.
 */
@AnalyzeClasses(packagesOf = RenloopApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class FairnessIsolationTests {

	@ArchTest
	static final ArchRule scoringAndMatchingNeverSeeSelfReports = noClasses().that()
		.resideInAnyPackage("io.renloop.interview..", "io.renloop.recruitment..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("io.renloop.fairness..")
		.because("interview scoring and recruitment matching must not be able to read protected attributes");

	@ArchTest
	static final ArchRule noOtherModuleReadsSelfReports = noClasses().that()
		.resideOutsideOfPackage("io.renloop.fairness..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("io.renloop.fairness..")
		.because("self-reports are used only for the fairness report");
}
