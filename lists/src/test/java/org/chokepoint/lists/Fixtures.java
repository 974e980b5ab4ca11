package org.chokepoint.lists;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.core.data.Updater;

/** Small list files in every supported format, written by hand for tests, and the real lists in ../shared. */
public final class Fixtures {
  private Fixtures() {}

  /** The shared data folder beside the project (set by Surefire, or ../shared/data from the module). */
  public static Path shared() {
    String configured = System.getProperty("chokepoint.shared");
    Path base = configured != null ? Path.of(configured) : Path.of("../../shared");
    return base.resolve("data").toAbsolutePath().normalize();
  }

  /** A data directory filled from the real mirror in ../shared/data. */
  public static DataDirectory realData(Path dir) throws IOException {
    DataDirectory data = new DataDirectory(dir);
    new Updater(data, SourceRegistry.builtIn(), Updater.defaultClient()).fromMirror(shared());
    return data;
  }

  /** Writes a tiny data directory with one file of each list format. */
  public static DataDirectory smallData(Path dir) throws IOException {
    DataDirectory data = new DataDirectory(dir);
    Path lists = dir.resolve("lists");
    Files.createDirectories(lists.resolve("ofac"));
    // OFAC: Windows-1252 with a DOS end-of-file byte, as the publisher ships it.
    write(lists.resolve("ofac/sdn.csv"), """
        46633,"WUHAN GLOBAL SENSOR TECHNOLOGY CO., LTD.",-0- ,"RUSSIA-EO14024",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Secondary sanctions risk: see EO 14024.; Organization Established Date 28 Apr 2013; Unified Social Credit Code (USCC) 914201000668186736 (China)."\r
        7001,"PUTIN, Vladimir Vladimirovich",individual,"RUSSIA-EO14024] [UKRAINE-EO13660",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 07 Oct 1952; POB Leningrad, Russia; nationality Russia; Gender Male."\r
        7002,"CAMARÁ, Ibraima",individual,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 1960; a.k.a. 'IBO'."\r
        abc,"BROKEN ROW",-0- ,"X",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r
        7003,"SEA STAR",vessel,"IRAN",-0- ,-0- ,"Crude Oil Tanker",-0- ,-0- ,"Panama",-0- ,"IMO 9187629."\r
        \u001A""", true);
    write(lists.resolve("ofac/alt.csv"), """
        46633,1,"aka","GSTIR",-0- \r
        50425,2,"aka","GENERAL TECHNOLOGY GROUP DALIAN MACHINE TOOL IMPORT AND EXPORT CO LTD",-0- \r
        """, true);
    write(lists.resolve("ofac/add.csv"), """
        46633,10,"Building 2, No. 6, Huanglongshan S. Road","Wuhan, Hubei","China",-0- \r
        """, true);
    write(lists.resolve("ofac/sdn_comments.csv"), "", true);
    Files.createDirectories(lists.resolve("un"));
    write(lists.resolve("un/consolidated.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <CONSOLIDATED_LIST><INDIVIDUALS>
        <INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>ERIC</FIRST_NAME><SECOND_NAME>BADEGE</SECOND_NAME>
        <UN_LIST_TYPE>DRC</UN_LIST_TYPE><REFERENCE_NUMBER>CDi.001</REFERENCE_NUMBER><LISTED_ON>2012-12-31</LISTED_ON>
        <NATIONALITY><VALUE>Democratic Republic of the Congo</VALUE></NATIONALITY>
        <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>BADEGE</ALIAS_NAME></INDIVIDUAL_ALIAS>
        <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><YEAR>1971</YEAR></INDIVIDUAL_DATE_OF_BIRTH>
        </INDIVIDUAL></INDIVIDUALS><ENTITIES>
        <ENTITY><DATAID>2</DATAID><FIRST_NAME>AL-QAIDA</FIRST_NAME><UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>
        <REFERENCE_NUMBER>QDe.004</REFERENCE_NUMBER></ENTITY>
        </ENTITIES></CONSOLIDATED_LIST>
        """, false);
    Files.createDirectories(lists.resolve("eu"));
    write(lists.resolve("eu/32014R0833.csv"), """
        celex,recordId,programKey,annex,measure,startDate,reason,schema,name,alias,weakAlias,country,birthDate,innCode,imoNumber,address
        32014R0833,732,EU-RUS,IV,Export ban,23.2.2024,,LegalEntity,"Wuhan Global Sensor Technology Co., Ltd","武汉高芯科技有限公司; Chinese:; Text of image",,,,,,"No. 6, Huanglongshan South Road, Wuhan, China"
        32014R0833,900,EU-RUS,XLII,Port ban,,,Vessel,SEA STAR,,,,,,9187629,
        32014R0833,901,EU-RUS,IV,Export ban,,,Asset,Some ship engine,,,,,,,
        32014R0833,902,EU-RUS,IV,short row
        """, false);
    Files.createDirectories(lists.resolve("uk"));
    write(lists.resolve("uk/subjects.csv"), """
        unique_id,subject_type,un_reference_number,ofsi_group_id,date_designated,last_updated
        RUS2137,entity,,16510,13/06/2024,09/04/2025
        DRC0001,individual,CDi.001,1,31/12/2012,01/01/2020
        """, false);
    write(lists.resolve("uk/subject_names.csv"), """
        name_id,unique_id,name_type,alias_strength,full_name,name_6,name_1,name_2,name_3,name_4,name_5
        1,RUS2137,primary,,"WUHAN TONGSHENG TECHNOLOGY CO., LTD",,,,,,
        2,DRC0001,primary,,ERIC BADEGE,,,,,,
        """, false);
    write(lists.resolve("uk/subject_identifiers.csv"), "id,unique_id,ofsi_group_id,raw_value,identifier_type,additional_info\n",
        false);
    write(lists.resolve("uk/subject_countries.csv"), """
        id,unique_id,raw_value,country_type,iso,resolution_method,iso_available
        1,RUS2137,China,address,CN,direct,True
        """, false);
    write(lists.resolve("uk/subject_dobs.csv"), "dob_id,unique_id,year,month,day,precision,parse_issues\n", false);
    write(lists.resolve("restricted_parties.json"), """
        [{"id": "rpl-1", "entity_type": "Unknown", "name": {"english": "Hangzhou Hikvision Digital Technology Co., Ltd.", "native": "杭州海康威视数字技术股份有限公司"},
          "aliases": ["Hikvision"], "countries": ["중국"], "listing_rationale": "", "remarks": "",
          "source": {"list_id": "us-bis-entity-list", "list_name": "BIS Entity List", "authority": "U.S. BIS", "category": ""}},
         {"id": "rpl-2", "entity_type": "Unknown", "name": {"english": "Hikvision"}, "aliases": [], "countries": ["중국/홍콩"],
          "source": {"list_id": "us-ofac-ns-cmic", "list_name": "NS-CMIC", "authority": "OFAC"}},
         {"id": "rpl-3", "name": {"english": ""}, "source": {"list_id": "us-dhs-uflpa"}},
         {"id": "rpl-4", "name": {"english": "Truncated Co"
        """, false);
    write(lists.resolve("cn_mofcom.json"), """
        [{"addresses": [], "aliases": [], "country": "cn", "date_added": "2025-01-02", "entity_name": "Skydio, Inc.",
          "entity_type": "organization", "id": "cn-uel-1", "list_id": "cn-unreliable-entity-list",
          "reason": "arms sales", "source_list_name": "Unreliable Entity List"}]
        """, false);
    write(lists.resolve("jp_meti.json"), "[]", false);
    Files.createDirectories(lists.resolve("opensanctions"));
    write(lists.resolve("opensanctions/cn_sanctions.csv"), """
        Type,QID,Name,Alias,Chinese name,Country,Topics,Summary,Chinese summary,Body,List,Date,End date,Source URL,Address
        Organization,,Skydio,,,US,sanction.counter,,,MOFCOM,,10.10.2024,,,
        Person,,Old Listing,,,US,sanction.counter,,,MFA,,01.01.2020,13.07.23,,
        """, false);
    write(lists.resolve("opensanctions/us_dod_1260h.csv"), """
        Name,Clean Name,Alias,Previous Name,Parent Name,Note,Start date,End date,Source Url
        "Hangzhou Hikvision Digital Technology Co., Ltd.*","Hangzhou Hikvision Digital Technology Co., Ltd.",Hikvision,,,,2021-06-03,,
        """, false);
    write(lists.resolve("opensanctions/us_bis_mieu.csv"), "Type,Name,Alias,Country,Topics,Program,Date,End date,Source URL\n",
        false);
    Files.createDirectories(lists.resolve("us"));
    write(lists.resolve("us/consolidated_screening_list.csv"), """
        _id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids
        e1,Entity List (EL) - Bureau of Industry and Security,,Entity,,Spacety Co. Ltd. (Changsha Tianyi Space Science and Technology Research Institute),,"Room 101, Changsha, , CN",88 FR 1234,2023-01-30,,Y,For all items subject to the EAR.,Presumption of denial.,,,,,,,,,Spacety; Changsha Tianyi,,,,,,
        e2,Entity List (EL) - Bureau of Industry and Security,,Entity,,Removed Trading Co,,,,2019-01-01,2021-01-01,,,,,,,,,,,,,,,,,,
        """, false);
    return data;
  }

  private static void write(Path file, String text, boolean windows1252) throws IOException {
    Files.write(file, text.getBytes(windows1252 ? java.nio.charset.Charset.forName("windows-1252")
        : StandardCharsets.UTF_8));
  }
}
