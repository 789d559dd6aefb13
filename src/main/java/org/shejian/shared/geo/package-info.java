/**
 * Geographic points and the three coordinate systems in use in China: WGS-84 (GPS, stored
 * by the platform), GCJ-02 (the national offset used by Gaode and Tencent maps) and BD-09
 * (Baidu's further offset), with the conversions between them and a coarse check that a
 * point lies in China.
 */
package org.shejian.shared.geo;
