package org.shejian.sites;

/**
 * What an uploaded file is for: an image, shown inline in articles or as the logo, or an
 * attachment, always offered as a download.
 */
public enum SiteFileKind {

	IMAGE, ATTACHMENT

}
