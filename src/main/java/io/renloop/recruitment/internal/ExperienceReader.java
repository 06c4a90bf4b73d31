package io.renloop.recruitment.internal;

import io.renloop.recruitment.EntityType;
import io.renloop.recruitment.ParsedResume.Entity;
import io.renloop.recruitment.ParsedResume.Experience;
import io.renloop.recruitment.internal.DateRanges.DateRange;
import io.renloop.recruitment.internal.EntryBlocks.Block;
import io.renloop.recruitment.internal.EntryHead.Role;
import io.renloop.recruitment.internal.Lexicon.Match;
import io.renloop.recruitment.internal.ResumeSections.Kind;
import io.renloop.recruitment.internal.ResumeSections.Line;
import io.renloop.recruitment.internal.ResumeSections.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Positions held: from the experience section when there is one (an entry per dated head, see
 * {@link EntryBlocks}), else from a biography's clauses that name an organisation followed by titles. In a section,
 * the head's cells are read by layout (“Title, Company — dates”, “Company | Title | dates”, “Title at Company
 * (dates)”, “时间 公司 职位”, labelled or table cells): the cell that reads as a job title is the title, the cell with
 * an organisation's legal form or institution word the organisation, and failing that the first other cell that
 * is neither a place nor a department — so “Senior Software Engineer, Stripe” gives Stripe.
 */
final class ExperienceReader {

	static final Pattern COMPANY = Pattern.compile("[\\p{IsHan}A-Za-z0-9（）()]{2,40}?(?:有限责任公司|股份有限公司|有限公司|集团|公司|"
			+ "银行|研究院|研究所|事务所|医院|大学|学院|厂|矿|局)"
			+ "|(?:[A-Z][\\w&'.\\-]*\\s+){0,5}(?:Inc\\.?|Ltd\\.?|LLC|L\\.L\\.C\\.|Co\\.,?\\s*Ltd\\.?|Corporation|Corp\\.?|"
			+ "Company|Group|GmbH|AG|plc|Technologies|Bank|University|Institute)(?![\\w.])");

	private static final int HEAD_LINES = 2;

	private final Lexicons lexicons;

	private final JobCells cells;

	ExperienceReader(Lexicons lexicons) {
		this.lexicons = lexicons;
		this.cells = new JobCells(lexicons);
	}

	List<Experience> read(String text, List<Section> sections, List<Entity> entities) {
		List<Experience> entries = new ArrayList<>();
		for (Section section : sections) {
			if (section.is(Kind.EXPERIENCE)) {
				EntryTable table = EntryTable.of(section.lines());
				for (Block block : EntryBlocks.of(table.rows())) {
					Experience entry = fromHead(EntryHead.of(block, table.columns()), block, entities, sections);
					if (entry != null) {
						entries.add(entry);
					}
				}
			}
		}
		if (entries.isEmpty() && sections.stream().noneMatch(s -> s.is(Kind.EXPERIENCE))) {
			for (Line sentence : EntryBlocks.sentences(text)) {
				fromBiography(sentence, entities, entries);
			}
		}
		return entries;
	}

	/** A position read from the cells of its head; the tagger's entities fill what the cells leave open. */
	private Experience fromHead(EntryHead head, Block block, List<Entity> entities, List<Section> sections) {
		if (!head.cells().isEmpty() && head.cells().stream().allMatch(c -> c.role() == Role.OTHER)) {
			return null;
		}
		JobCells.Job job = cells.read(head, entities);
		String organization = job.organization();
		String title = job.title();
		if (organization == null || title == null) {
			Experience tagged = entry(block, entities);
			if (tagged != null) {
				organization = organization != null ? organization : tagged.organization();
				title = title != null ? title : tagged.title();
			}
		}
		if (organization == null && title == null) {
			return null;
		}
		if (title == null) {
			title = cells.titleBeside(organization, sections);
		}
		DateRange dates = head.dates() != null ? head.dates() : DateRanges.first(block.text());
		return new Experience(organization, title, dates == null ? null : dates.start(),
				dates == null ? null : dates.end());
	}

	private Experience entry(Block block, List<Entity> entities) {
		int headTo = block.headTo(HEAD_LINES);
		// Joined from the lines rather than cut from block.text(): blank lines between them make the offsets
		// span more characters than the joined text holds.
		String head = String.join("\n", block.lines()
			.subList(0, Math.min(HEAD_LINES, block.lines().size()))
			.stream()
			.map(line -> line.text())
			.toList());
		String organization = organization(head, block.from(), headTo, entities);
		String title = title(head, block.from(), headTo, entities);
		if (organization == null && title == null) {
			return null;
		}
		return new Experience(organization, title, null, null);
	}

	private static String organization(String head, int from, int to, List<Entity> entities) {
		List<Entity> tagged = EntryBlocks.within(entities, EntityType.ORG, from, to);
		if (!tagged.isEmpty()) {
			return tagged.get(0).text();
		}
		Matcher m = COMPANY.matcher(head);
		return m.find() ? m.group().strip() : null;
	}

	private String title(String head, int from, int to, List<Entity> entities) {
		List<Entity> tagged = EntryBlocks.within(entities, EntityType.TITLE, from, to);
		if (!tagged.isEmpty()) {
			return tagged.get(0).text();
		}
		List<Match> listed = lexicons.titles().find(head);
		return listed.stream().max((a, b) -> Integer.compare(a.end() - a.start(), b.end() - b.start()))
			.map(Match::text)
			.orElse(null);
	}

	/** 历任A公司副总经理、总经理，B集团董事 → (A公司, 副总经理), (A公司, 总经理), (B集团, 董事). */
	private static void fromBiography(Line sentence, List<Entity> entities, List<Experience> entries) {
		DateRange dates = DateRanges.first(sentence.text());
		String start = dates == null ? null : dates.start();
		String end = dates == null ? null : dates.end();
		Entity organization = null;
		for (Entity entity : entities) {
			if (entity.start() < sentence.offset() || entity.end() > sentence.end()) {
				continue;
			}
			if (entity.type() == EntityType.ORG) {
				organization = entity;
			}
			else if (entity.type() == EntityType.TITLE && organization != null) {
				Experience experience = new Experience(organization.text(), entity.text(), start, end);
				if (!entries.contains(experience)) {
					entries.add(experience);
				}
			}
		}
	}
}
