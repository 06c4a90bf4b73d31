package io.renloop.workflow.web;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.Decimals;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.Role;
import io.renloop.workflow.ApprovalChainStep;
import io.renloop.workflow.ApprovalChainStep.Kind;
import io.renloop.workflow.ApprovalChainStep.Mode;
import io.renloop.workflow.ApprovalChains;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Chains without BPMN knowledge: a table of steps (who, how many levels or which role, how, above which amount,
 * reminder and escalation), one empty row to add a step, and an upload for advanced tenants.
 */
@Controller
class ApprovalChainPageController {

	static final List<String> COMMON_TYPES = List.of("offer", "probation", "leave", "overtime", "attendance-correction",
			"shift-swap", "payroll-run", "performance-result", "performance-appeal", "offboarding",
			"training-enrolment");

	private final ApprovalChains chains;

	private final MessageSource messages;

	ApprovalChainPageController(ApprovalChains chains, MessageSource messages) {
		this.chains = chains;
		this.messages = messages;
	}

	@GetMapping("/approvals/chains")
	@PreAuthorize("hasAuthority('APPROVAL_ADMIN')")
	String page(@RequestParam(defaultValue = "offer") String subjectType, Model model) {
		model.addAttribute("types", COMMON_TYPES);
		model.addAttribute("chain", chains.chain(subjectType));
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("modes", Mode.values());
		model.addAttribute("roles", Role.values());
		return "workflow/chains";
	}

	@PostMapping("/approvals/chains")
	@PreAuthorize("hasAuthority('APPROVAL_ADMIN')")
	String save(@RequestParam String subjectType, @RequestParam List<String> name, @RequestParam List<String> kind,
			@RequestParam List<String> levels, @RequestParam List<String> role, @RequestParam List<String> mode,
			@RequestParam List<String> amountAbove, @RequestParam List<String> reminder,
			@RequestParam List<String> escalation, RedirectAttributes redirect) {
		List<ApprovalChainStep> steps = new ArrayList<>();
		for (int i = 0; i < name.size(); i++) {
			if (!StringUtils.hasText(name.get(i))) {
				continue;
			}
			try {
				steps.add(new ApprovalChainStep(name.get(i), Kind.valueOf(kind.get(i)),
						StringUtils.hasText(levels.get(i)) ? Integer.valueOf(levels.get(i).strip()) : null,
						StringUtils.hasText(role.get(i)) ? Role.valueOf(role.get(i)) : null, Mode.valueOf(mode.get(i)),
						StringUtils.hasText(amountAbove.get(i)) ? Decimals.parse(amountAbove.get(i)) : null,
						reminder.get(i), escalation.get(i)));
			}
			catch (IllegalArgumentException bad) {
				redirect.addFlashAttribute("error", text("workflow.chain.kindRequired"));
				return "redirect:/approvals/chains?subjectType=" + subjectType;
			}
		}
		try {
			chains.configure(subjectType, steps);
			redirect.addFlashAttribute("notice", text("approvals.chains.saved"));
		}
		catch (InvalidFieldsException ex) {
			redirect.addFlashAttribute("error", ex.problems()
				.stream()
				.map(p -> p.field() + ": " + messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(),
						LocaleContextHolder.getLocale()))
				.toList()
				.toString());
		}
		return "redirect:/approvals/chains?subjectType=" + subjectType;
	}

	@PostMapping("/approvals/chains/bpmn")
	@PreAuthorize("hasAuthority('APPROVAL_ADMIN')")
	String upload(@RequestParam String subjectType, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			chains.uploadBpmn(subjectType, file.getBytes());
			redirect.addFlashAttribute("notice", text("approvals.chains.saved"));
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(),
					LocaleContextHolder.getLocale()));
		}
		return "redirect:/approvals/chains?subjectType=" + subjectType;
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
