package io.renloop.recruitment.web;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.recruitment.ApplicationCommands.MoveApplications;
import io.renloop.recruitment.ApplicationStage;
import io.renloop.recruitment.Applications;
import io.renloop.recruitment.CandidateImportJob;
import io.renloop.recruitment.CandidateImports;
import io.renloop.recruitment.CandidateImports.StartImport;
import io.renloop.recruitment.Channel;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The requisition page and what is done on it: the ranked applications (refreshed by htmx), bulk stage moves,
 * and bulk resume uploads whose progress panel polls itself until the job ends, then refreshes the ranking.
 * Without JavaScript every form answers with the whole page.
 */
@Controller
@PreAuthorize("hasAuthority('RECRUITMENT_READ')")
class RequisitionWorkController {

	private static final String WRITE = "hasAuthority('RECRUITMENT_WRITE')";

	/** htmx event that makes the ranked list reload itself. */
	private static final String RANKING_CHANGED = "ranking-changed";

	private final RequisitionDetailPage page;

	private final Applications applications;

	private final CandidateImports imports;

	private final PageMessages messages;

	RequisitionWorkController(RequisitionDetailPage page, Applications applications, CandidateImports imports,
			PageMessages messages) {
		this.page = page;
		this.applications = applications;
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping("/recruitment/requisitions/{id}")
	String detail(@PathVariable UUID id, @RequestParam(required = false) UUID job, Model model) {
		return page.render(id, job, model);
	}

	@GetMapping("/recruitment/requisitions/{id}/ranking")
	String ranking(@PathVariable UUID id, Model model) {
		return page.ranked(id, model);
	}

	@PostMapping("/recruitment/requisitions/{id}/moves")
	@PreAuthorize(WRITE)
	String move(@PathVariable UUID id, @RequestParam(required = false) List<UUID> applicationIds,
			@RequestParam(required = false) ApplicationStage to, @RequestParam(required = false) String reason,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		try {
			if (applicationIds == null || applicationIds.isEmpty() || to == null) {
				throw InvalidFieldsException.of("applicationIds", "recruitment.page.moveIncomplete");
			}
			applications.moveAll(new MoveApplications(applicationIds, to, reason));
			model.addAttribute("moveDone", messages.text("recruitment.page.moved", applicationIds.size()));
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("moveError", messages.of(ex));
		}
		catch (InvalidFieldsException ex) {
			model.addAttribute("moveError", messages.of(ex));
		}
		return htmx == null ? page.render(id, null, model) : page.ranked(id, model);
	}

	@PostMapping("/recruitment/requisitions/{id}/imports")
	@PreAuthorize(WRITE)
	String upload(@PathVariable UUID id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(required = false) Channel channel, @RequestParam(defaultValue = "false") boolean consent,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
			Model model) {
		try {
			UUID jobId = imports.start(new StartImport(id, channel, consent), UploadedFiles.of(files));
			if (htmx == null) {
				return "redirect:/recruitment/requisitions/" + id + "?job=" + jobId;
			}
			return job(jobId, response, model);
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("uploadError", messages.of(ex));
		}
		catch (InvalidFieldsException ex) {
			model.addAttribute("uploadError", messages.of(ex));
		}
		return htmx == null ? page.render(id, null, model) : "recruitment/requisition :: job";
	}

	@GetMapping("/recruitment/imports/{jobId}")
	String job(@PathVariable UUID jobId, HttpServletResponse response, Model model) {
		CandidateImportJob job = imports.job(jobId);
		if (job.status().finished()) {
			response.setHeader("HX-Trigger", RANKING_CHANGED);
		}
		model.addAttribute("job", job);
		return "recruitment/requisition :: job";
	}
}
