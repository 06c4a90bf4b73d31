package io.renloop.integration.web;

import io.renloop.integration.DataExports;
import io.renloop.integration.ExportFormat;
import io.renloop.integration.ImportKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/exports")
@Tag(name = "Export", description = "Departments, positions and employees as Excel or CSV, in the import layout")
class ExportApiController {

	private final DataExports exports;

	ExportApiController(DataExports exports) {
		this.exports = exports;
	}

	@GetMapping("/{kind}")
	@PreAuthorize("hasAuthority('DATA_EXPORT')")
	@Operation(summary = "Export departments, positions or employees",
			description = "The columns of the import template, so that the file can be imported again. Employees "
					+ "are limited to the caller's data scope, carry personal data masked only, and every export "
					+ "is audited.")
	ResponseEntity<byte[]> export(@PathVariable String kind,
			@Parameter(description = "xlsx or csv") @RequestParam(defaultValue = "xlsx") String format) {
		return Downloads.of(exports.export(ImportKind.fromExportPath(kind), ExportFormat.fromExtension(format)));
	}
}
