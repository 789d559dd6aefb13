package org.shejian.sites;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the files uploaded to sites.
 *
 * @param imageMaxSize the largest image
 * @param attachmentMaxSize the largest attachment
 * @param maxSide the most pixels an image may have along either side
 * @param maxPixels the most pixels an image may have in all (a decompression bomb is a
 * small file that decodes to a huge picture)
 */
@ConfigurationProperties("shejian.sites.uploads")
public record SiteUploadProperties(@DefaultValue("5MB") DataSize imageMaxSize,
		@DefaultValue("20MB") DataSize attachmentMaxSize, @DefaultValue("10000") int maxSide,
		@DefaultValue("40000000") long maxPixels) {

	/** The largest file of any kind: reading stops after it. */
	long maxSize() {
		return Math.max(this.imageMaxSize.toBytes(), this.attachmentMaxSize.toBytes());
	}

	long maxSize(SiteFileKind kind) {
		return (kind == SiteFileKind.IMAGE) ? this.imageMaxSize.toBytes() : this.attachmentMaxSize.toBytes();
	}

}
