package org.shejian.shared.geo;

/**
 * A coarse outline of China: a little over a hundred vertices, drawn a few kilometres to
 * a few tens of kilometres outside the land border and around the sea areas of China's
 * standard map. It takes in the mainland, Hainan, Taiwan, the Diaoyu Islands and the
 * South China Sea islands down to Zengmu Ansha, and leaves out Mongolia, the Korean
 * Peninsula, Japan, the Philippines, Indochina, South Asia and Central Asia.
 * <p>
 * Limitation: along the land border the outline takes in some border towns of the
 * neighbours (Blagoveshchensk and Khabarovsk, Sinuiju, Lao Cai, Muse facing Ruili); it
 * answers "is this plausibly a point in China", not "on which side of the border" (lifted
 * by a real boundary data set if the platform ever needs that).
 */
final class ChinaOutline {

	/** Longitude, latitude pairs, clockwise from north of Mohe. */
	private static final double[] VERTICES = {
			// Russia along the Heilong Jiang and the Wusuli Jiang
			123.3, 53.9, 126.8, 53.1, 128.2, 49.9, 130.8, 49.2, 135.1, 48.5, 134.4, 46.5, 133.3, 45.1, 132.0, 44.9,
			131.5, 44.0, 131.4, 42.8, 130.8, 42.2,
			// the Korean Peninsula along the Tumen and Yalu rivers
			128.3, 41.3, 124.0, 39.6,
			// the Yellow Sea, the East China Sea, Taiwan and the Diaoyu Islands
			123.8, 37.5, 124.8, 25.6, 122.3, 24.8, 122.0, 21.7, 121.0, 20.6,
			// the South China Sea between the Philippines, Borneo and Vietnam
			119.3, 18.5, 118.6, 15.5, 117.6, 11.5, 116.3, 8.5, 115.0, 6.2, 113.2, 4.5, 112.3, 3.5, 111.0, 3.6, 109.6,
			6.5, 110.0, 12.0, 110.8, 15.5, 108.0, 17.8, 107.8, 21.3,
			// Vietnam, Laos and Myanmar
			107.9, 21.45, 107.0, 21.75, 106.6, 21.95, 106.65, 22.5, 105.9, 22.85, 105.4, 23.4, 104.8, 22.9, 104.0, 22.4,
			102.9, 22.5, 102.1, 22.5, 101.9, 21.0, 100.8, 21.2, 99.8, 21.5, 98.9, 23.0, 98.5, 23.6, 97.3, 23.9, 97.3,
			24.9, 98.3, 25.5, 98.3, 26.5, 98.1, 27.5, 97.2, 28.4,
			// India, Bhutan, Nepal and India again
			96.0, 27.3, 95.4, 27.8, 94.3, 27.6, 93.6, 27.0, 92.15, 26.85, 91.6, 27.95, 89.6, 28.4, 89.2, 27.2, 88.75,
			27.3, 88.75, 28.0, 88.0, 28.15, 87.0, 27.9, 86.0, 27.85, 84.6, 28.8, 84.2, 29.5, 83.5, 29.5, 82.2, 30.0,
			81.3, 30.0, 80.2, 30.6, 78.6, 31.5, 78.3, 32.6, 78.3, 34.0, 77.6, 35.6,
			// Pakistan, Afghanistan, Tajikistan, Kyrgyzstan and Kazakhstan
			75.3, 36.5, 74.6, 37.1, 74.6, 38.4, 73.3, 39.4, 73.6, 39.9, 75.3, 40.9, 77.8, 41.3, 80.3, 42.4, 80.9, 43.2,
			80.2, 44.5, 82.2, 45.3, 82.3, 46.8, 83.2, 47.4, 85.5, 47.2, 87.2, 49.3,
			// Mongolia, then Russia along the Argun
			88.5, 49.2, 90.5, 47.9, 91.3, 46.2, 93.6, 45.2, 96.4, 43.1, 97.5, 42.9, 101.8, 42.7, 105.0, 41.4, 107.5,
			42.6, 110.0, 42.8, 112.0, 44.0, 114.5, 45.1, 116.3, 46.5, 118.5, 46.6, 120.2, 46.5, 120.2, 47.1, 117.6,
			47.5, 115.6, 47.7, 116.0, 48.9, 116.5, 50.0, 119.3, 50.5, 120.0, 51.8, 120.8, 52.8, 122.0, 53.5 };

	private ChinaOutline() {
	}

	/** Whether the point lies inside the outline (even-odd rule). */
	static boolean contains(double lat, double lng) {
		boolean inside = false;
		int count = VERTICES.length / 2;
		for (int i = 0, j = count - 1; i < count; j = i++) {
			double lngI = VERTICES[2 * i];
			double latI = VERTICES[2 * i + 1];
			double lngJ = VERTICES[2 * j];
			double latJ = VERTICES[2 * j + 1];
			if ((latI > lat) != (latJ > lat) && lng < lngI + (lat - latI) * (lngJ - lngI) / (latJ - latI)) {
				inside = !inside;
			}
		}
		return inside;
	}

}
