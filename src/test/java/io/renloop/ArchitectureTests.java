package io.renloop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The house rules of a module's inside: entities and repositories stay package-private, web code sits in
 * {@code web} packages and nothing else depends on it, and services stay small enough to read.
 */
@AnalyzeClasses(packagesOf = RenloopApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	/** The web packages of the application's modules (not Spring's {@code org.springframework.web}). */
	private static final String WEB = "io.renloop.*.web..";

	@ArchTest
	static final ArchRule entitiesAreNotPublic = classes().that()
		.areAnnotatedWith(Entity.class)
		.should()
		.notBePublic()
		.because("entities never leave their module; other modules hold ids");

	@ArchTest
	static final ArchRule repositoriesAreNotPublic = classes().that()
		.areAssignableTo(Repository.class)
		.should()
		.notBePublic()
		.because("only the module's own services query its tables");

	@ArchTest
	static final ArchRule entitiesAndRepositoriesLiveInInternalPackages = classes().that()
		.areAnnotatedWith(Entity.class)
		.or()
		.areAssignableTo(Repository.class)
		.should()
		.resideInAPackage("..internal..");

	@ArchTest
	static final ArchRule onlyWebCodeDependsOnWebCode = noClasses().that()
		.resideOutsideOfPackage(WEB)
		.should()
		.dependOnClassesThat()
		.resideInAPackage(WEB)
		.because("controllers depend on module APIs, never the other way round");

	@ArchTest
	static final ArchRule controllersLiveInWebPackages = classes().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.or()
		.areAnnotatedWith(ControllerAdvice.class)
		.or()
		.areAnnotatedWith(RestControllerAdvice.class)
		.should()
		.resideInAPackage(WEB);

	@ArchTest
	static final ArchRule webCodeUsesNoRepositoriesOrEntities = noClasses().that()
		.resideInAPackage(WEB)
		.should()
		.dependOnClassesThat(entityOrRepository())
		.because("controllers are thin: request in, module API call, response out");

	@ArchTest
	static final ArchRule noModuleReachesIntoAnotherModulesInternals = classes().that()
		.resideInAPackage("io.renloop.(*)..")
		.should(notDependOnInternalsOfOtherModules());

	@ArchTest
	static final ArchRule sharedDeclaresNoBeans = noClasses().that()
		.resideInAPackage("io.renloop.shared..")
		.should()
		.beMetaAnnotatedWith(Component.class)
		.because("shared holds ids and value records only");

	/** The most constructor collaborators a service or component takes; more is two services (issue 21). */
	static final int MAX_COLLABORATORS = 7;

	@ArchTest
	static final ArchRule servicesTakeAtMostSevenCollaborators = classes().that()
		.areAnnotatedWith(Service.class)
		.or()
		.areAnnotatedWith(Component.class)
		.should(takeAtMostSevenCollaboratorsUnlessAllowed())
		.because("a service with more collaborators mixes responsibilities; split it (OversizedServices lists "
				+ "the classes still waiting)");

	@ArchTest
	static void everyOversizedServiceStillExists(JavaClasses classes) {
		assertThat(OversizedServices.ALLOWED).allSatisfy(name -> assertThat(classes.contain(name))
			.as("%s of OversizedServices exists", name)
			.isTrue());
	}

	private static ArchCondition<JavaClass> takeAtMostSevenCollaboratorsUnlessAllowed() {
		return new ArchCondition<>("take at most " + MAX_COLLABORATORS + " constructor collaborators") {
			@Override
			public void check(JavaClass service, ConditionEvents events) {
				int most = service.getConstructors().stream().mapToInt(c -> c.getRawParameterTypes().size()).max()
					.orElse(0);
				boolean allowed = OversizedServices.ALLOWED.contains(service.getName());
				if (most > MAX_COLLABORATORS && !allowed) {
					events.add(SimpleConditionEvent.violated(service, service.getName() + " takes " + most
							+ " collaborators; split it by responsibility"));
				}
				if (most <= MAX_COLLABORATORS && allowed) {
					events.add(SimpleConditionEvent.violated(service, service.getName() + " takes " + most
							+ " collaborators now: remove it from OversizedServices"));
				}
			}
		};
	}

	private static DescribedPredicate<JavaClass> entityOrRepository() {
		return DescribedPredicate.describe("entities or repositories",
				c -> c.isAnnotatedWith(Entity.class) || c.isAssignableTo(Repository.class));
	}

	private static ArchCondition<JavaClass> notDependOnInternalsOfOtherModules() {
		return new ArchCondition<>("not depend on the internal packages of other modules") {
			@Override
			public void check(JavaClass source, ConditionEvents events) {
				String module = moduleOf(source.getPackageName());
				for (Dependency dependency : source.getDirectDependenciesFromSelf()) {
					String target = dependency.getTargetClass().getPackageName();
					String targetModule = moduleOf(target);
					if (targetModule != null && !targetModule.equals(module)
							&& target.startsWith("io.renloop." + targetModule + ".internal")) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		};
	}

	/** The top-level package below io.renloop, or null outside the application. */
	private static String moduleOf(String packageName) {
		if (!packageName.startsWith("io.renloop.")) {
			return null;
		}
		String rest = packageName.substring("io.renloop.".length());
		int dot = rest.indexOf('.');
		return dot < 0 ? rest : rest.substring(0, dot);
	}
}
