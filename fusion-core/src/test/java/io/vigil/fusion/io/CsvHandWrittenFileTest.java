package io.vigil.fusion.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written files: a file already in the writers' form reads and writes back to the same
 * text, byte for byte; a file in a freer form (comments, blank lines, CRLF, other column
 * order, unknown columns, quotes where none are needed, other spellings of numbers and
 * times, missing trailing cells) writes back as that same canonical text. The list of what
 * is normalised is docs/FORMATS.md, "Reading and writing back".
 */
class CsvHandWrittenFileTest {

    private final List<String> problems = new ArrayList<>();
    private final LineProblems collect = (file, line, reason) -> problems.add(file + ":" + line + ": " + reason);

    private <T> void assertNormalises(final FileFormat<T, ?, ?> format, final String free, final String canonical)
        throws IOException {
        assertThat(format.normalise(canonical, collect)).as("canonical text is a fixed point").isEqualTo(canonical);
        assertThat(format.normalise(free, collect)).as("free text normalised").isEqualTo(canonical);
        assertThat(problems).isEmpty();
    }

    @Test
    void sensors() throws IOException {
        final String canonical = """
            sensor_id,nation,type,lat_deg,lon_deg,height_m,sigma_range_m,sigma_azimuth_deg,sigma_elevation_deg,\
            sigma_range_rate_mps,pd,max_range_m
            TPY2-SHARIKI,JPN,RADAR,40.88,140.33,50.0,15.0,0.057,0.057,2.0,0.9,3000000.0
            AEGIS-1,USA,MOVING_RADAR,,,,20.0,0.1,0.1,,0.8,1000000.0
            "SBIRS, GEO-1",USA,IR_LOS,,,,,0.002,0.0015,,0.95,
            """;
        final String free = """
            # Sensors of the exercise, hand-written.
            type,sensor_id,nation,lat_deg,lon_deg,height_m,sigma_range_m,sigma_azimuth_deg,sigma_elevation_deg,\
            sigma_range_rate_mps,pd,max_range_m,remark
            RADAR,"TPY2-SHARIKI",JPN,40.880,140.33,50,15,5.7e-2,0.057,2,.9,3e6,"forward-based, X band"

             MOVING_RADAR ,AEGIS-1,USA,,,,20,0.1,0.10,,0.8,1000000.0,
            # the space layer
            IR_LOS,"SBIRS, GEO-1",USA,,,,,0.002,0.0015,,0.95
            """.replace("\n", "\r\n");
        assertNormalises(FileFormat.SENSORS, free, canonical);
    }

    @Test
    void plots() throws IOException {
        final String canonical = """
            time,sensor_id,scan_id,range_m,azimuth_deg,elevation_deg,range_rate_mps,sensor_x_m,sensor_y_m,sensor_z_m,\
            sensor_vx_mps,sensor_vy_mps,sensor_vz_mps,los_x,los_y,los_z,sigma_range_m,sigma_azimuth_deg,\
            sigma_elevation_deg,sigma_range_rate_mps
            2026-05-29T21:13:05.250Z,TPY2-SHARIKI,17,812345.5,45.5,12.25,-1200.5,,,,,,,,,,,,,
            2026-05-29T21:13:05.000000001Z,AEGIS-1,,650000.0,300.0,20.0,,-3947000.0,3364000.0,3699000.0,5.5,-3.25,0.0,\
            ,,,30.0,,,
            2026-05-29T21:13:04.900Z,SBIRS-1,3,,,,,1.2E7,-3.0E7,2000000.0,,,,0.6,-0.8,0.0,,0.001,0.002,
            """;
        final String free = """
            # plots in arrival order; the IR plot arrived late
            sensor_id,time,range_m,azimuth_deg,elevation_deg,snr_db,scan_id,range_rate_mps,los_x,los_y,los_z,\
            sensor_x_m,sensor_y_m,sensor_z_m,sensor_vx_mps,sensor_vy_mps,sensor_vz_mps,sigma_range_m,\
            sigma_azimuth_deg,sigma_elevation_deg
            TPY2-SHARIKI,2026-05-29T21:13:05.250000Z,812345.5,045.50,12.25,23.5,17,-1200.50

            "AEGIS-1",2026-05-29T21:13:05.000000001Z,6.5e5,300,20,,,,,,,-3947000,3364000,3699000,5.5,-3.25,0,30
            SBIRS-1,2026-05-29T21:13:04.900000000Z,,,,,+3,,0.6,-0.8,0.0,12000000,-3.0E7,2E6,,,,,1e-3,0.002
            """;
        assertNormalises(FileFormat.PLOTS, free, canonical);
    }

    @Test
    void truth() throws IOException {
        final String canonical = """
            time,object_id,x_m,y_m,z_m,vx_mps,vy_mps,vz_mps
            2026-05-29T21:10:00Z,RV-1,-3947123.25,3364456.5,3699789.0,1500.5,-2100.25,3200.0
            2026-05-29T21:10:00.500Z,RV-1,-3946373.0,3363406.375,3701389.0,1500.5,-2100.25,3199.5
            """;
        final String free = """
            # truth of the simulation
            object_id,vz_mps,vy_mps,vx_mps,z_m,y_m,x_m,time
            RV-1,3200,-2100.25,1500.5,3699789,3364456.5,-3947123.25,2026-05-29T21:10:00.000Z
            RV-1,3199.5,-2100.25,1500.5,3701389.0,3363406.375,-3946373.0,2026-05-29T21:10:00.500000Z
            """;
        assertNormalises(FileFormat.TRUTH, free, canonical);
    }

    @Test
    void truthEvents() throws IOException {
        final String canonical = """
            object_id,launch_time,launch_lat_deg,launch_lon_deg,impact_time,impact_lat_deg,impact_lon_deg
            RV-1,2026-05-29T21:05:00Z,39.0,125.75,2026-05-29T21:16:42.125Z,35.6,139.7
            """;
        final String free = """
            impact_lat_deg , impact_lon_deg , object_id , launch_time , launch_lat_deg , launch_lon_deg , impact_time
            # one object
            35.60,139.70,RV-1,2026-05-29T21:05:00Z,39,125.75,2026-05-29T21:16:42.125000000Z
            """;
        assertNormalises(FileFormat.TRUTH_EVENTS, free, canonical);
    }

    @Test
    void areas() throws IOException {
        final String canonical = """
            area_id,lat_deg,lon_deg,radius_m
            TOKYO,35.6895,139.6917,50000.0
            "Osaka ""Kansai""\",34.6937,135.5023,30000.0
            """;
        final String free = """
            radius_m,area_id,lat_deg,lon_deg
            5e4,TOKYO,35.6895,139.6917
            30000,"Osaka ""Kansai""\",34.6937,135.5023
            """;
        assertNormalises(FileFormat.AREAS, free, canonical);
    }

    @Test
    void tracks() throws IOException {
        final String covarianceHeader = "p00,p01,p02,p03,p04,p05,p11,p12,p13,p14,p15,p22,p23,p24,p25,p33,p34,p35,p44,"
            + "p45,p55";
        final String covariance = "400.0,1.5,-2.0,0.25,0.0,0.0,390.0,3.0,0.0,0.1,0.0,410.0,0.0,0.0,0.2,25.0,0.5,0.0,"
            + "24.0,0.0,26.0";
        final String canonical = "time,track_id,status,x_m,y_m,z_m,vx_mps,vy_mps,vz_mps," + covarianceHeader
            + ",lat_deg,lon_deg,height_m,phase,apogee_m,sensors,nations\n"
            + "2026-05-29T21:13:05.250Z,1,CONFIRMED,-3947123.25,3364456.5,3699789.0,1500.5,-2100.25,3200.0,"
            + covariance + ",35.7,139.4,120500.0,MIDCOURSE,310250.5,TPY2-SHARIKI;AEGIS-1,JPN;USA\n"
            + "2026-05-29T21:13:06Z,2,TENTATIVE,1.0,2.0,3.0,,,," + ",".repeat(20)
            + ",,,,,,TPY2-SHARIKI,JPN\n"
            + "2026-05-29T21:20:00Z,1,DROPPED,-3947123.25,3364456.5,3699789.0,1500.5,-2100.25,3200.0,"
            + covariance + ",35.7,139.4,120500.0,,,,\n";
        // Track 2 leaves its velocity, covariance, geodetic position and phase empty, by commas.
        final String free = "# tracks.csv\r\n"
            + "track_id,time,status,x_m,y_m,z_m,vx_mps,vy_mps,vz_mps," + covarianceHeader
            + ",lat_deg,lon_deg,height_m,phase,apogee_m,sensors,nations,quality\r\n"
            + "1,2026-05-29T21:13:05.250Z,CONFIRMED,-3947123.25,3364456.5,3699789,1500.5,-2100.25,3200,"
            + covariance.replace("400.0", "4e2") + ",35.7,139.4,120500,MIDCOURSE,3.102505e5,\"TPY2-SHARIKI;AEGIS-1\","
            + "JPN;USA,0.9\r\n"
            + "\r\n"
            + "2,2026-05-29T21:13:06.000Z,TENTATIVE,1,2,3" + ",".repeat(30) + "TPY2-SHARIKI,JPN\r\n"
            + "1,2026-05-29T21:20:00Z,DROPPED,-3947123.25,3364456.5,3699789.0,1500.5,-2100.25,3200.0,"
            + covariance + ",35.7,139.4,120500.0,,,,\r\n";
        assertNormalises(FileFormat.TRACKS, free, canonical);
    }

    @Test
    void impacts() throws IOException {
        final String canonical = """
            time,track_id,impact_time,impact_lat_deg,impact_lon_deg,semi_major_m,semi_minor_m,orientation_deg,\
            cep50_m,launch_time,launch_lat_deg,launch_lon_deg,launch_semi_major_m,launch_semi_minor_m,\
            launch_orientation_deg
            2026-05-29T21:13:05.250Z,1,2026-05-29T21:16:42Z,35.6,139.7,12000.0,3500.0,72.5,4200.0,\
            2026-05-29T21:05:01.500Z,39.1,125.8,25000.0,8000.0,110.0
            2026-05-29T21:13:06Z,2,2026-05-29T21:17:00.125Z,35.0,140.0,9000.0,3000.0,0.0,3100.0,,,,,,
            """;
        final String free = """
            # impacts.csv
            track_id,time,impact_time,impact_lat_deg,impact_lon_deg,semi_major_m,semi_minor_m,orientation_deg,\
            cep50_m,launch_time,launch_lat_deg,launch_lon_deg,launch_semi_major_m,launch_semi_minor_m,\
            launch_orientation_deg
            1,2026-05-29T21:13:05.25Z,2026-05-29T21:16:42Z,35.6,139.7,1.2e4,3500,72.5,4200,\
            2026-05-29T21:05:01.5Z,39.1,125.8,25000,8000,110
            2,2026-05-29T21:13:06Z,2026-05-29T21:17:00.125Z,35,140,9000,3000,0,3100
            """;
        assertNormalises(FileFormat.IMPACTS, free, canonical);
    }

    @Test
    void warnings() throws IOException {
        final String canonical = """
            time,area_id,track_id,state,probability,time_to_impact_s
            2026-05-29T21:13:05.250Z,TOKYO,1,RAISED,0.62,217.0
            2026-05-29T21:13:15.250Z,TOKYO,1,UPDATED,0.91,207.0
            2026-05-29T21:16:43Z,TOKYO,1,CLEARED,,
            """;
        final String free = """
            state,time,area_id,track_id,probability,time_to_impact_s
            RAISED,2026-05-29T21:13:05.250Z,TOKYO,1,0.62,217
            # updated ten seconds later
            UPDATED,2026-05-29T21:13:15.250Z,TOKYO,1,0.910,207.000
             CLEARED ,2026-05-29T21:16:43Z,TOKYO,1
            """;
        assertNormalises(FileFormat.WARNINGS, free, canonical);
    }
}
