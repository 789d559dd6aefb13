package org.shejian.catalogue.dcat;

/**
 * An area, exported as a {@code dct:Location}.
 *
 * @param id an absolute IRI naming the area, or a division code ({@code 110101}), which
 * becomes {@code <baseUri>/organisation/divisions/<id>}
 * @param name the area's name, in Chinese, {@code null} when not stated
 * @param bbox the bounding box as WKT in WGS 84 ({@code POLYGON((…))}), {@code null} when
 * unknown
 * @param centroid the centre as WKT in WGS 84 ({@code POINT(116.4 39.9)}), {@code null}
 * when unknown
 */
public record DcatLocation(String id, String name, String bbox, String centroid) {

	public DcatLocation {
		Iris.require(id, "id");
	}

}
