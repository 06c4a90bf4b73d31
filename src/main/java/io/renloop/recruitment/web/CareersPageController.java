package io.renloop.recruitment.web;

import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantAdministration;
import io.renloop.platform.TenantAdministration.TenantView;
import io.renloop.recruitment.ApplicationCommands.Apply;
import io.renloop.recruitment.Applications;
import io.renloop.recruitment.Channel;
import io.renloop.recruitment.CompetencyModel;
import io.renloop.recruitment.CompetencyModelView;
import io.renloop.recruitment.CompetencyModels;
import io.renloop.recruitment.RequisitionStatus;
import io.renloop.recruitment.RequisitionView;
import io.renloop.recruitment.Requisitions;
import io.renloop.recruitment.ResumeFile;
import io.renloop.recruitment.ResumeParser;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public careers page of each tenant, without login: the open requisitions and an application form with
 * the privacy notice and consent. Everything runs as the system actor of the tenant named in the path, so that
 * a visitor sees only that tenant's OPEN requisitions; an unknown tenant or a requisition that is not open is a
 * 404 page.
 */
@Controller
class CareersPageController {

	private static final int MAX_OPENINGS = 200;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final TenantAdministration tenants;

	private final Requisitions requisitions;

	private final CompetencyModels models;

	private final Applications applications;

	private final PageMessages messages;

	CareersPageController(TenantAdministration tenants, Requisitions requisitions, CompetencyModels models,
			Applications applications, PageMessages messages) {
		this.tenants = tenants;
		this.requisitions = requisitions;
		this.models = models;
		this.applications = applications;
		this.messages = messages;
	}

	/**
	 * An open requisition as a visitor sees it.
	 * @param description the job description in the visitor's language when there is one, else in the other
	 */
	record Opening(UUID id, String title, String departmentName, String description) {
	}

	@GetMapping("/careers/{tenant}")
	String openings(@PathVariable String tenant, Model model) {
		TenantView company = company(tenant);
		Locale locale = LocaleContextHolder.getLocale();
		List<Opening> openings = SystemActor.callAs(company.id(), () -> requisitions
			.list(RequisitionStatus.OPEN, 0, MAX_OPENINGS)
			.content()
			.stream()
			.map(r -> opening(r, locale))
			.toList());
		model.addAttribute("company", company);
		model.addAttribute("openings", openings);
		return "careers/openings";
	}

	@GetMapping("/careers/{tenant}/{requisitionId}")
	String opening(@PathVariable String tenant, @PathVariable UUID requisitionId, Model model) {
		return form(company(tenant), requisitionId, model);
	}

	@PostMapping("/careers/{tenant}/{requisitionId}")
	String apply(@PathVariable String tenant, @PathVariable UUID requisitionId,
			@RequestParam(required = false) String name, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String email, @RequestParam(required = false) MultipartFile resume,
			@RequestParam(defaultValue = "false") boolean consent, Model model) {
		TenantView company = company(tenant);
		String problem = problemWith(name, phone, email, resume, consent);
		if (problem == null) {
			try {
				Apply command = new Apply(name.strip(), phone.strip(), blankToNull(email), null, Channel.CAREERS_PAGE,
						null, true);
				ResumeFile file = UploadedFiles.resume(resume);
				SystemActor.callAs(company.id(), () -> applications.apply(openRequisition(requisitionId).id(), command, file));
				return "redirect:/careers/" + company.id() + "/" + requisitionId + "/thanks";
			}
			catch (BusinessRuleException ex) {
				problem = messages.of(ex);
			}
			catch (InvalidFieldsException ex) {
				problem = messages.of(ex);
			}
		}
		model.addAttribute("error", problem);
		model.addAttribute("name", name);
		model.addAttribute("phone", phone);
		model.addAttribute("email", email);
		return form(company, requisitionId, model);
	}

	@GetMapping("/careers/{tenant}/{requisitionId}/thanks")
	String thanks(@PathVariable String tenant, @PathVariable UUID requisitionId, Model model) {
		TenantView company = company(tenant);
		model.addAttribute("company", company);
		model.addAttribute("opening", SystemActor.callAs(company.id(),
				() -> opening(openRequisition(requisitionId), LocaleContextHolder.getLocale())));
		return "careers/thanks";
	}

	private String form(TenantView company, UUID requisitionId, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("company", company);
		model.addAttribute("opening", SystemActor.callAs(company.id(), () -> opening(openRequisition(requisitionId), locale)));
		model.addAttribute("maxMegabytes", ResumeParser.MAX_FILE_BYTES / (1024 * 1024));
		return "careers/apply";
	}

	private String problemWith(String name, String phone, String email, MultipartFile resume, boolean consent) {
		if (name == null || name.isBlank() || name.length() > 200) {
			return messages.text("careers.error.name");
		}
		if (phone == null || phone.replaceAll("\\D", "").length() < 7 || phone.length() > 40) {
			return messages.text("careers.error.phone");
		}
		if (email != null && !email.isBlank() && (email.length() > 254 || !EMAIL.matcher(email.strip()).matches())) {
			return messages.text("careers.error.email");
		}
		if (resume == null || resume.isEmpty()) {
			return messages.text("careers.error.resume");
		}
		if (!consent) {
			return messages.text("careers.error.consent");
		}
		return null;
	}

	private TenantView company(String tenant) {
		return tenants.tenant(tenant).orElseThrow(() -> new NotFoundException("Tenant", tenant));
	}

	/** Must run as the tenant: other tenants' requisitions and those not OPEN are not found. */
	private RequisitionView openRequisition(UUID requisitionId) {
		RequisitionView requisition = requisitions.get(requisitionId);
		if (requisition.status() != RequisitionStatus.OPEN) {
			throw new NotFoundException("Requisition", requisitionId);
		}
		return requisition;
	}

	private Opening opening(RequisitionView requisition, Locale locale) {
		String description = models.find(requisition.positionId())
			.map(CompetencyModelView::model)
			.map(model -> description(model, locale))
			.orElse(null);
		return new Opening(requisition.id(), requisition.title(), requisition.departmentName(), description);
	}

	private static String description(CompetencyModel model, Locale locale) {
		boolean chinese = "zh".equals(locale.getLanguage());
		String preferred = chinese ? model.descriptionZh() : model.descriptionEn();
		String other = chinese ? model.descriptionEn() : model.descriptionZh();
		return preferred == null || preferred.isBlank() ? other : preferred;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
