package io.renloop.workflow.internal;

import io.renloop.platform.AmountLimits;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import io.renloop.workflow.ApprovalChainStep;
import io.renloop.workflow.ApprovalChainStep.Kind;
import io.renloop.workflow.ApprovalChainStep.Mode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Checks configured steps field by field, and fills in the defaults (one level, sequential). */
final class ChainValidation {

	static final int MAX_STEPS = 10;

	static final int MAX_LEVELS = 5;

	private ChainValidation() {
	}

	static List<ApprovalChainStep> validated(List<ApprovalChainStep> steps) {
		List<FieldProblem> problems = new ArrayList<>();
		if (steps == null || steps.isEmpty() || steps.size() > MAX_STEPS) {
			throw InvalidFieldsException.of("steps", "workflow.chain.stepCount", MAX_STEPS);
		}
		List<ApprovalChainStep> valid = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			ApprovalChainStep step = steps.get(i);
			String field = "steps[" + i + "]";
			if (step == null || step.kind() == null) {
				problems.add(new FieldProblem(field + ".kind", "workflow.chain.kindRequired"));
				continue;
			}
			if (step.name() == null || step.name().isBlank() || step.name().length() > 100) {
				problems.add(new FieldProblem(field + ".name", "workflow.chain.nameRequired"));
			}
			else if (TenantExpressions.containsExpression(step.name())) {
				problems.add(new FieldProblem(field + ".name", "workflow.chain.namePlainText"));
			}
			int levels = step.levels() == null ? 1 : step.levels();
			if (step.kind() == Kind.MANAGER && (levels < 1 || levels > MAX_LEVELS)) {
				problems.add(new FieldProblem(field + ".levels", "workflow.chain.levels", MAX_LEVELS));
			}
			if (step.kind() == Kind.ROLE && step.role() == null) {
				problems.add(new FieldProblem(field + ".role", "workflow.chain.roleRequired"));
			}
			AmountLimits.problem(field + ".amountAbove", step.amountAbove(), BigDecimal.ZERO, AmountLimits.MAX_AMOUNT)
				.ifPresent(problems::add);
			checkDuration(step.reminder(), field + ".reminder", problems);
			checkDuration(step.escalation(), field + ".escalation", problems);
			valid.add(new ApprovalChainStep(step.name() == null ? null : step.name().strip(), step.kind(),
					step.kind() == Kind.MANAGER ? levels : null, step.kind() == Kind.ROLE ? step.role() : null,
					step.mode() == null ? Mode.SEQUENTIAL : step.mode(), step.amountAbove(), blankToNull(step.reminder()),
					blankToNull(step.escalation())));
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
		return valid;
	}

	private static void checkDuration(String value, String field, List<FieldProblem> problems) {
		if (blankToNull(value) == null) {
			return;
		}
		try {
			if (Duration.parse(value.strip()).compareTo(Duration.ofMinutes(1)) < 0) {
				problems.add(new FieldProblem(field, "workflow.chain.duration"));
			}
		}
		catch (DateTimeParseException bad) {
			problems.add(new FieldProblem(field, "workflow.chain.duration"));
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
