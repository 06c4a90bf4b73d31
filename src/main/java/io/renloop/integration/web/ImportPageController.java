package io.renloop.integration.web;

import io.renloop.integration.DataExports;
import io.renloop.integration.DataImports;
import io.renloop.integration.ExportFormat;
import io.renloop.integration.ImportJobView;
import io.renloop.integration.ImportKind;
import io.renloop.platform.NotFoundException;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import and export page. With htmx the upload answers with the job panel, which polls itself until
 * the job ends; without JavaScript the upload redirects to the page showing the job. Downloads are served
 * here too, because the page's session does not open the token-only API.
 */
@Controller
@RequestMapping("/import")
class ImportPageController {

	private static final String IMPORT = "hasAuthority('DATA_IMPORT')";

	private final DataImports imports;

	private final DataExports exports;

	ImportPageController(DataImports imports, DataExports exports) {
		this.imports = imports;
		this.exports = exports;
	}

	@GetMapping
	@PreAuthorize(IMPORT)
	String page(@RequestParam(required = false) UUID job, Model model) {
		model.addAttribute("kinds", ImportKind.values());
		model.addAttribute("columns", Arrays.stream(ImportKind.values())
			.collect(Collectors.toMap(ImportKind::path, imports::columns, (a, b) -> a, LinkedHashMap::new)));
		model.addAttribute("job", job == null ? null : imports.job(job));
		return "import";
	}

	@PostMapping
	@PreAuthorize(IMPORT)
	String upload(@RequestParam String kind, @RequestParam(defaultValue = "true") boolean dryRun,
			@RequestParam(required = false) MultipartFile file,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) throws IOException {
		byte[] content = file == null ? new byte[0] : file.getBytes();
		String fileName = file == null ? null : file.getOriginalFilename();
		UUID jobId = imports.start(ImportKind.fromPath(kind), fileName, content, dryRun);
		if (htmx == null) {
			return "redirect:/import?job=" + jobId;
		}
		return jobPanel(imports.job(jobId), model);
	}

	@GetMapping("/jobs/{jobId}")
	@PreAuthorize(IMPORT)
	String job(@PathVariable UUID jobId, Model model) {
		return jobPanel(imports.job(jobId), model);
	}

	@GetMapping("/templates/{kind}.xlsx")
	@PreAuthorize(IMPORT)
	ResponseEntity<byte[]> template(@PathVariable String kind) {
		return Downloads.of(imports.template(ImportKind.fromPath(kind)));
	}

	@GetMapping("/exports/{kind}")
	@PreAuthorize("hasAuthority('DATA_EXPORT')")
	ResponseEntity<byte[]> export(@PathVariable String kind, @RequestParam(defaultValue = "xlsx") String format) {
		return Downloads.of(exports.export(ImportKind.fromExportPath(kind), ExportFormat.fromExtension(format)));
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		return errorPage(model, HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest(Model model) {
		return errorPage(model, HttpStatus.BAD_REQUEST);
	}

	private static String errorPage(Model model, HttpStatus status) {
		model.addAttribute("status", status.value());
		model.addAttribute("messageKey", "error.http." + status.value() + ".detail");
		return "error";
	}

	private static String jobPanel(ImportJobView job, Model model) {
		model.addAttribute("job", job);
		return "import :: job";
	}
}
