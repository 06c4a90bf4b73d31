package io.renloop.recruitment.internal.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A resume cut into blocks for embedding: one or more per section ("工作经历", "Skills"...), each short enough for
 * the embedding model to read whole. The models read at most 512 tokens, and one vector of a long text mixes its
 * parts; a vector per block keeps each part, and {@link ResumeVectors} pools them into the resume's vector. The
 * text before the first heading (name, headline, objective) is a {@link Kind#HEADER} block; a text without
 * headings is cut by length only.
 */
public final class ResumeBlocks {

	/** What a block holds, by the heading it stands under. */
	public enum Kind {
		HEADER, SUMMARY, EXPERIENCE, PROJECTS, SKILLS, EDUCATION, OTHER
	}

	/** A block of a resume. */
	public record Block(Kind kind, String text) {
	}

	/**
	 * The most tokens (estimated: a Han character or 0.75 of a Latin word each) a block holds: half of what the
	 * model reads, so a block is one focused part of the resume.
	 */
	static final int MAX_TOKENS = 256;

	/**
	 * A block smaller than this joins the block before it when that one is of its own section; a top smaller than
	 * this joins the block after it. The larger of the two names the kind.
	 */
	static final int MIN_TOKENS = 24;

	private static final Map<Kind, Pattern> HEADINGS = Map.of(Kind.SUMMARY,
			Pattern.compile("自我评价|个人评价|个人简介|个人总结|职业概述|求职意向|summary|professional summary|profile|"
					+ "about me|objective|career objective"),
			Kind.EXPERIENCE,
			Pattern.compile("工作经历|工作经验|职业经历|任职经历|实习经历|工作履历|(?:work |professional |employment |relevant )?"
					+ "experience|employment(?: history)?|work history|career history"),
			Kind.PROJECTS, Pattern.compile("项目经历|项目经验|主要项目|projects?(?: experience)?|selected projects"),
			Kind.SKILLS,
			Pattern.compile("专业技能|技能特长|技能|个人技能|职业技能|技能证书|(?:technical |core |key )?skills?(?: summary)?|"
					+ "competenc(?:e|ies)|expertise|tools"),
			Kind.EDUCATION,
			Pattern.compile("教育背景|教育经历|学习经历|教育情况|学历背景|education(?:al)?(?: background| history)?|academic background"),
			Kind.OTHER,
			Pattern.compile("证书|资格证书|职业资格|语言能力|外语能力|获奖情况|荣誉奖项|兴趣爱好|基本信息|个人信息|"
					+ "certificat(?:es?|ions?)|licen[cs]es?|languages?|awards?|honou?rs|interests|hobbies|references|"
					+ "personal (?:information|details)|volunteering"));

	private static final Pattern DECORATION = Pattern.compile("^[\\s#*•·\\-=_【\\[(（<《]+|[\\s:：】\\])）>》\\-=_]+$");

	private ResumeBlocks() {
	}

	/** The blocks of {@code text}, in reading order; none for a blank text. */
	public static List<Block> of(String text) {
		List<Block> blocks = new ArrayList<>();
		Kind kind = Kind.HEADER;
		StringBuilder current = new StringBuilder();
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			Kind heading = heading(line);
			if (heading != null) {
				close(blocks, kind, current);
				kind = heading;
				current.append(line.strip()).append('\n');
				continue;
			}
			if (tokens(current) + tokens(line) > MAX_TOKENS && tokens(current) >= MIN_TOKENS) {
				close(blocks, kind, current);
			}
			current.append(line.strip()).append('\n');
		}
		close(blocks, kind, current);
		return blocks;
	}

	/** The kind of section {@code line} heads, or null when it is no heading. */
	public static Kind heading(String line) {
		String bare = DECORATION.matcher(line.strip()).replaceAll("").strip().toLowerCase(Locale.ROOT);
		if (bare.isEmpty() || bare.length() > 30) {
			return null;
		}
		for (Map.Entry<Kind, Pattern> entry : HEADINGS.entrySet()) {
			if (entry.getValue().matcher(bare).matches()) {
				return entry.getKey();
			}
		}
		return null;
	}

	/** Adds the text gathered so far as a block, or to the previous block (see {@link #MIN_TOKENS}). */
	private static void close(List<Block> blocks, Kind kind, StringBuilder current) {
		String text = current.toString().strip();
		current.setLength(0);
		if (text.isEmpty()) {
			return;
		}
		Block previous = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
		// a tiny rest of a long section joins the section; a tiny top (name, contact) joins what follows it; tiny
		// sections of their own (a skills line) stay blocks, so that pooling weighs them by their kind
		boolean tinyRest = previous != null && previous.kind() == kind && tokens(text) < MIN_TOKENS;
		boolean tinyTop = previous != null && previous.kind() == Kind.HEADER && tokens(previous.text()) < MIN_TOKENS;
		if ((tinyRest || tinyTop) && tokens(previous.text()) + tokens(text) <= MAX_TOKENS) {
			Kind larger = tokens(previous.text()) >= tokens(text) ? previous.kind() : kind;
			blocks.set(blocks.size() - 1, new Block(larger, previous.text() + "\n" + text));
			return;
		}
		blocks.add(new Block(kind, text));
	}

	/** Estimated model tokens: Han characters count one each, Latin words and numbers about 1.33. */
	static int tokens(CharSequence text) {
		int han = 0;
		int words = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
				han++;
				inWord = false;
			}
			else if (Character.isLetterOrDigit(c)) {
				if (!inWord) {
					words++;
				}
				inWord = true;
			}
			else {
				inWord = false;
			}
		}
		return han + (words * 4 + 2) / 3;
	}
}
