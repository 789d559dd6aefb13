package org.shejian.sites;

import java.util.List;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeVisitor;
import org.shejian.shared.Problem;
import org.shejian.shared.Text;

/**
 * The rich text of articles and the plain text of titles and comments. A body keeps only
 * a fixed set of elements and attributes (no scripts, event handlers, {@code style},
 * iframes, forms; links http, https and mailto only, images http and https only, and both
 * may also point at a file of the site's own library, {@code /s/{code}/files/{id}}); an
 * image without alt text is refused. Plain text that carries markup is refused, never
 * stripped.
 */
public final class RichText {

	/** The longest body, in characters of its cleaned HTML. */
	public static final int MAX_BODY = 200_000;

	private static final Safelist SAFELIST = Safelist.none()
		.addTags("p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i", "u", "s", "sub", "sup",
				"blockquote", "pre", "code", "hr", "table", "caption", "thead", "tbody", "tr", "th", "td", "a", "img",
				"figure", "figcaption")
		.addAttributes("a", "href", "title")
		.addAttributes("img", "src", "alt", "width", "height")
		.addAttributes("th", "scope", "colspan", "rowspan")
		.addAttributes("td", "colspan", "rowspan")
		.addProtocols("a", "href", "http", "https", "mailto")
		.addProtocols("img", "src", "http", "https")
		.addEnforcedAttribute("a", "rel", "nofollow noopener");

	private static final Pattern FILE_PATH = Pattern.compile("/s/([A-Za-z0-9]{1,20})/files/[0-9]{1,18}");

	private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|&#?[a-zA-Z0-9]+;");

	private static final Pattern BLOCKS = Pattern
		.compile("p|h2|h3|h4|li|blockquote|pre|tr|caption|figcaption|hr|br|table|ul|ol");

	private RichText() {
	}

	/**
	 * Cleans a body that links no file of a site's library.
	 * @see #clean(String, String)
	 */
	public static String clean(String html) {
		return clean(html, null);
	}

	/**
	 * Cleans a body of the site with the given code: images and links may also point at
	 * {@code /s/{siteCode}/files/{id}}, and at no other site's files.
	 * @param siteCode the site's code, {@code null} to allow no file of any library
	 * @return the cleaned HTML
	 * @throws Problem (400) when it is empty once cleaned, too long, or has an image
	 * without alt text
	 */
	public static String clean(String html, String siteCode) {
		if (html == null || html.isBlank()) {
			throw Problem.invalid("site.article.body.missing");
		}
		Document dirty = Jsoup.parseBodyFragment(html);
		Document cleaned = new Cleaner(new SiteSafelist(siteCode)).clean(dirty);
		cleaned.outputSettings().prettyPrint(false);
		for (Element image : cleaned.select("img")) {
			if (image.attr("alt").isBlank()) {
				throw Problem.invalid("site.article.image.alt", image.attr("src"));
			}
		}
		String body = cleaned.body().html().strip();
		if (cleaned.body().text().isBlank() && cleaned.select("img").isEmpty()) {
			throw Problem.invalid("site.article.body.missing");
		}
		if (body.length() > MAX_BODY) {
			throw Problem.invalid("text.tooLong", MAX_BODY);
		}
		return body;
	}

	/**
	 * A title or name: kept as written in one line, at most {@code maxLength} characters,
	 * without markup.
	 * @throws Problem (400) when it carries markup or breaks the rules of
	 * {@link Text#title}
	 */
	public static String plain(String value, int maxLength) {
		String text = Text.title(value, maxLength);
		refuseMarkup(text);
		return text;
	}

	/**
	 * A comment or a contact: running text without markup, {@code null} when blank.
	 */
	public static String plainProse(String value, int maxLength) {
		String text = Text.prose(value, maxLength);
		if (text != null) {
			refuseMarkup(text);
		}
		return text;
	}

	/** The text of a cleaned body, one line per block (paragraph, heading, item, row). */
	public static String text(String html) {
		StringBuilder text = new StringBuilder();
		Jsoup.parseBodyFragment((html != null) ? html : "").body().traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode textNode) {
					text.append(textNode.text());
				}
				else if (node instanceof Element element && BLOCKS.matcher(element.normalName()).matches()) {
					text.append('\n');
				}
				else if (node instanceof Element element && element.normalName().equals("img")) {
					text.append('[').append(element.attr("alt")).append(']');
				}
			}
		});
		return text.toString()
			.lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.reduce((a, b) -> a + "\n" + b)
			.orElse("");
	}

	/**
	 * A unified diff of two versions (title and body text, line by line), each line
	 * starting with {@code +}, {@code -} or a space.
	 */
	public static List<String> diff(String fromName, String fromTitle, String fromBody, String toName, String toTitle,
			String toBody) {
		List<String> from = (fromTitle + "\n" + text(fromBody)).lines().toList();
		List<String> to = (toTitle + "\n" + text(toBody)).lines().toList();
		return UnifiedDiffUtils.generateUnifiedDiff(fromName, toName, from, DiffUtils.diff(from, to), 2);
	}

	/**
	 * The fixed safelist, with the site's own file addresses as a further allowed value
	 * of {@code img src} and {@code a href}.
	 */
	private static final class SiteSafelist extends Safelist {

		private final String siteCode;

		SiteSafelist(String siteCode) {
			super(SAFELIST);
			this.siteCode = siteCode;
		}

		@Override
		public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
			if (this.siteCode != null && isFileReference(tagName, attribute)) {
				var matcher = FILE_PATH.matcher(attribute.getValue());
				if (matcher.matches()) {
					return matcher.group(1).equals(this.siteCode);
				}
			}
			return super.isSafeAttribute(tagName, element, attribute);
		}

		private static boolean isFileReference(String tagName, Attribute attribute) {
			return (tagName.equals("img") && attribute.getKey().equals("src"))
					|| (tagName.equals("a") && attribute.getKey().equals("href"));
		}

	}

	private static void refuseMarkup(String text) {
		if (MARKUP.matcher(text).find()) {
			throw Problem.invalid("site.text.markup");
		}
	}

}
