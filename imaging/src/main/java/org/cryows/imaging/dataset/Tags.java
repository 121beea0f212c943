package org.cryows.imaging.dataset;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The attribute tags this workstation reads or writes, with their PS3.6 keywords for messages. Only
 * tags the code uses are listed; any other tag is still printed by number.
 */
public final class Tags {

  private static final Map<Tag, String> KEYWORDS = new ConcurrentHashMap<>();

  public static final Tag TRANSFER_SYNTAX_UID = define("TransferSyntaxUID", 0x0002, 0x0010);
  public static final Tag MEDIA_STORAGE_SOP_CLASS_UID =
      define("MediaStorageSOPClassUID", 0x0002, 0x0002);
  public static final Tag MEDIA_STORAGE_SOP_INSTANCE_UID =
      define("MediaStorageSOPInstanceUID", 0x0002, 0x0003);
  public static final Tag OFFSET_OF_THE_FIRST_DIRECTORY_RECORD_OF_THE_ROOT_DIRECTORY_ENTITY =
      define("OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity", 0x0004, 0x1200);
  public static final Tag DIRECTORY_RECORD_SEQUENCE =
      define("DirectoryRecordSequence", 0x0004, 0x1220);
  public static final Tag OFFSET_OF_THE_NEXT_DIRECTORY_RECORD =
      define("OffsetOfTheNextDirectoryRecord", 0x0004, 0x1400);
  public static final Tag OFFSET_OF_REFERENCED_LOWER_LEVEL_DIRECTORY_ENTITY =
      define("OffsetOfReferencedLowerLevelDirectoryEntity", 0x0004, 0x1420);
  public static final Tag DIRECTORY_RECORD_TYPE = define("DirectoryRecordType", 0x0004, 0x1430);
  public static final Tag REFERENCED_FILE_ID = define("ReferencedFileID", 0x0004, 0x1500);
  public static final Tag REFERENCED_SOP_CLASS_UID_IN_FILE =
      define("ReferencedSOPClassUIDInFile", 0x0004, 0x1510);
  public static final Tag REFERENCED_SOP_INSTANCE_UID_IN_FILE =
      define("ReferencedSOPInstanceUIDInFile", 0x0004, 0x1511);
  public static final Tag REFERENCED_TRANSFER_SYNTAX_UID_IN_FILE =
      define("ReferencedTransferSyntaxUIDInFile", 0x0004, 0x1512);
  public static final Tag SOP_CLASS_UID = define("SOPClassUID", 0x0008, 0x0016);
  public static final Tag SOP_INSTANCE_UID = define("SOPInstanceUID", 0x0008, 0x0018);
  public static final Tag STUDY_DATE = define("StudyDate", 0x0008, 0x0020);
  public static final Tag MODALITY = define("Modality", 0x0008, 0x0060);
  public static final Tag RECOMMENDED_DISPLAY_FRAME_RATE =
      define("RecommendedDisplayFrameRate", 0x0008, 0x2144);
  public static final Tag STUDY_DESCRIPTION = define("StudyDescription", 0x0008, 0x1030);
  public static final Tag SERIES_DESCRIPTION = define("SeriesDescription", 0x0008, 0x103E);
  public static final Tag PATIENT_NAME = define("PatientName", 0x0010, 0x0010);
  public static final Tag PATIENT_ID = define("PatientID", 0x0010, 0x0020);
  public static final Tag BODY_PART_EXAMINED = define("BodyPartExamined", 0x0018, 0x0015);
  public static final Tag CINE_RATE = define("CineRate", 0x0018, 0x0040);
  public static final Tag SLICE_THICKNESS = define("SliceThickness", 0x0018, 0x0050);
  public static final Tag SPACING_BETWEEN_SLICES = define("SpacingBetweenSlices", 0x0018, 0x0088);
  public static final Tag FRAME_TIME = define("FrameTime", 0x0018, 0x1063);
  public static final Tag FRAME_TIME_VECTOR = define("FrameTimeVector", 0x0018, 0x1065);
  public static final Tag GANTRY_DETECTOR_TILT = define("GantryDetectorTilt", 0x0018, 0x1120);
  public static final Tag SEQUENCE_OF_ULTRASOUND_REGIONS =
      define("SequenceOfUltrasoundRegions", 0x0018, 0x6011);
  public static final Tag REGION_SPATIAL_FORMAT = define("RegionSpatialFormat", 0x0018, 0x6012);
  public static final Tag REGION_DATA_TYPE = define("RegionDataType", 0x0018, 0x6014);
  public static final Tag REGION_FLAGS = define("RegionFlags", 0x0018, 0x6016);
  public static final Tag REGION_LOCATION_MIN_X0 = define("RegionLocationMinX0", 0x0018, 0x6018);
  public static final Tag REGION_LOCATION_MIN_Y0 = define("RegionLocationMinY0", 0x0018, 0x601A);
  public static final Tag REGION_LOCATION_MAX_X1 = define("RegionLocationMaxX1", 0x0018, 0x601C);
  public static final Tag REGION_LOCATION_MAX_Y1 = define("RegionLocationMaxY1", 0x0018, 0x601E);
  public static final Tag REFERENCE_PIXEL_X0 = define("ReferencePixelX0", 0x0018, 0x6020);
  public static final Tag REFERENCE_PIXEL_Y0 = define("ReferencePixelY0", 0x0018, 0x6022);
  public static final Tag PHYSICAL_UNITS_X_DIRECTION =
      define("PhysicalUnitsXDirection", 0x0018, 0x6024);
  public static final Tag PHYSICAL_UNITS_Y_DIRECTION =
      define("PhysicalUnitsYDirection", 0x0018, 0x6026);
  public static final Tag REFERENCE_PIXEL_PHYSICAL_VALUE_X =
      define("ReferencePixelPhysicalValueX", 0x0018, 0x6028);
  public static final Tag REFERENCE_PIXEL_PHYSICAL_VALUE_Y =
      define("ReferencePixelPhysicalValueY", 0x0018, 0x602A);
  public static final Tag PHYSICAL_DELTA_X = define("PhysicalDeltaX", 0x0018, 0x602C);
  public static final Tag PHYSICAL_DELTA_Y = define("PhysicalDeltaY", 0x0018, 0x602E);
  public static final Tag STUDY_INSTANCE_UID = define("StudyInstanceUID", 0x0020, 0x000D);
  public static final Tag SERIES_INSTANCE_UID = define("SeriesInstanceUID", 0x0020, 0x000E);
  public static final Tag STUDY_ID = define("StudyID", 0x0020, 0x0010);
  public static final Tag SERIES_NUMBER = define("SeriesNumber", 0x0020, 0x0011);
  public static final Tag ACQUISITION_NUMBER = define("AcquisitionNumber", 0x0020, 0x0012);
  public static final Tag INSTANCE_NUMBER = define("InstanceNumber", 0x0020, 0x0013);
  public static final Tag PATIENT_ORIENTATION = define("PatientOrientation", 0x0020, 0x0020);
  public static final Tag IMAGE_POSITION_PATIENT = define("ImagePositionPatient", 0x0020, 0x0032);
  public static final Tag IMAGE_ORIENTATION_PATIENT =
      define("ImageOrientationPatient", 0x0020, 0x0037);
  public static final Tag FRAME_OF_REFERENCE_UID = define("FrameOfReferenceUID", 0x0020, 0x0052);
  public static final Tag LATERALITY = define("Laterality", 0x0020, 0x0060);
  public static final Tag IMAGE_LATERALITY = define("ImageLaterality", 0x0020, 0x0062);
  public static final Tag FRAME_CONTENT_SEQUENCE = define("FrameContentSequence", 0x0020, 0x9111);
  public static final Tag PLANE_POSITION_SEQUENCE = define("PlanePositionSequence", 0x0020, 0x9113);
  public static final Tag PLANE_ORIENTATION_SEQUENCE =
      define("PlaneOrientationSequence", 0x0020, 0x9116);
  public static final Tag DIMENSION_INDEX_VALUES = define("DimensionIndexValues", 0x0020, 0x9157);
  public static final Tag SAMPLES_PER_PIXEL = define("SamplesPerPixel", 0x0028, 0x0002);
  public static final Tag PHOTOMETRIC_INTERPRETATION =
      define("PhotometricInterpretation", 0x0028, 0x0004);
  public static final Tag PLANAR_CONFIGURATION = define("PlanarConfiguration", 0x0028, 0x0006);
  public static final Tag NUMBER_OF_FRAMES = define("NumberOfFrames", 0x0028, 0x0008);
  public static final Tag FRAME_INCREMENT_POINTER = define("FrameIncrementPointer", 0x0028, 0x0009);
  public static final Tag ROWS = define("Rows", 0x0028, 0x0010);
  public static final Tag COLUMNS = define("Columns", 0x0028, 0x0011);
  public static final Tag PIXEL_SPACING = define("PixelSpacing", 0x0028, 0x0030);
  public static final Tag BITS_ALLOCATED = define("BitsAllocated", 0x0028, 0x0100);
  public static final Tag BITS_STORED = define("BitsStored", 0x0028, 0x0101);
  public static final Tag HIGH_BIT = define("HighBit", 0x0028, 0x0102);
  public static final Tag PIXEL_REPRESENTATION = define("PixelRepresentation", 0x0028, 0x0103);
  public static final Tag WINDOW_CENTER = define("WindowCenter", 0x0028, 0x1050);
  public static final Tag WINDOW_WIDTH = define("WindowWidth", 0x0028, 0x1051);
  public static final Tag RESCALE_INTERCEPT = define("RescaleIntercept", 0x0028, 0x1052);
  public static final Tag RESCALE_SLOPE = define("RescaleSlope", 0x0028, 0x1053);
  public static final Tag RESCALE_TYPE = define("RescaleType", 0x0028, 0x1054);
  public static final Tag WINDOW_CENTER_WIDTH_EXPLANATION =
      define("WindowCenterWidthExplanation", 0x0028, 0x1055);
  public static final Tag RED_PALETTE_COLOR_LOOKUP_TABLE_DESCRIPTOR =
      define("RedPaletteColorLookupTableDescriptor", 0x0028, 0x1101);
  public static final Tag GREEN_PALETTE_COLOR_LOOKUP_TABLE_DESCRIPTOR =
      define("GreenPaletteColorLookupTableDescriptor", 0x0028, 0x1102);
  public static final Tag BLUE_PALETTE_COLOR_LOOKUP_TABLE_DESCRIPTOR =
      define("BluePaletteColorLookupTableDescriptor", 0x0028, 0x1103);
  public static final Tag RED_PALETTE_COLOR_LOOKUP_TABLE_DATA =
      define("RedPaletteColorLookupTableData", 0x0028, 0x1201);
  public static final Tag GREEN_PALETTE_COLOR_LOOKUP_TABLE_DATA =
      define("GreenPaletteColorLookupTableData", 0x0028, 0x1202);
  public static final Tag BLUE_PALETTE_COLOR_LOOKUP_TABLE_DATA =
      define("BluePaletteColorLookupTableData", 0x0028, 0x1203);
  public static final Tag SEGMENTED_RED_PALETTE_COLOR_LOOKUP_TABLE_DATA =
      define("SegmentedRedPaletteColorLookupTableData", 0x0028, 0x1221);
  public static final Tag SEGMENTED_GREEN_PALETTE_COLOR_LOOKUP_TABLE_DATA =
      define("SegmentedGreenPaletteColorLookupTableData", 0x0028, 0x1222);
  public static final Tag SEGMENTED_BLUE_PALETTE_COLOR_LOOKUP_TABLE_DATA =
      define("SegmentedBluePaletteColorLookupTableData", 0x0028, 0x1223);
  public static final Tag LOSSY_IMAGE_COMPRESSION = define("LossyImageCompression", 0x0028, 0x2110);
  public static final Tag LOSSY_IMAGE_COMPRESSION_RATIO =
      define("LossyImageCompressionRatio", 0x0028, 0x2112);
  public static final Tag LOSSY_IMAGE_COMPRESSION_METHOD =
      define("LossyImageCompressionMethod", 0x0028, 0x2114);
  public static final Tag VOILUT_SEQUENCE = define("VOILUTSequence", 0x0028, 0x3010);
  public static final Tag LUT_DESCRIPTOR = define("LUTDescriptor", 0x0028, 0x3002);
  public static final Tag LUT_EXPLANATION = define("LUTExplanation", 0x0028, 0x3003);
  public static final Tag LUT_DATA = define("LUTData", 0x0028, 0x3006);
  public static final Tag MODALITY_LUT_SEQUENCE = define("ModalityLUTSequence", 0x0028, 0x3000);
  public static final Tag PIXEL_MEASURES_SEQUENCE = define("PixelMeasuresSequence", 0x0028, 0x9110);
  public static final Tag FRAME_VOILUT_SEQUENCE = define("FrameVOILUTSequence", 0x0028, 0x9132);
  public static final Tag PIXEL_VALUE_TRANSFORMATION_SEQUENCE =
      define("PixelValueTransformationSequence", 0x0028, 0x9145);
  public static final Tag SHARED_FUNCTIONAL_GROUPS_SEQUENCE =
      define("SharedFunctionalGroupsSequence", 0x5200, 0x9229);
  public static final Tag PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE =
      define("PerFrameFunctionalGroupsSequence", 0x5200, 0x9230);
  public static final Tag PIXEL_DATA = define("PixelData", 0x7FE0, 0x0010);

  public static final Tag SPECIFIC_CHARACTER_SET = define("SpecificCharacterSet", 0x0008, 0x0005);
  public static final Tag IMAGE_TYPE = define("ImageType", 0x0008, 0x0008);
  public static final Tag INSTANCE_CREATION_DATE = define("InstanceCreationDate", 0x0008, 0x0012);
  public static final Tag INSTANCE_CREATION_TIME = define("InstanceCreationTime", 0x0008, 0x0013);
  public static final Tag SERIES_DATE = define("SeriesDate", 0x0008, 0x0021);
  public static final Tag CONTENT_DATE = define("ContentDate", 0x0008, 0x0023);
  public static final Tag STUDY_TIME = define("StudyTime", 0x0008, 0x0030);
  public static final Tag SERIES_TIME = define("SeriesTime", 0x0008, 0x0031);
  public static final Tag CONTENT_TIME = define("ContentTime", 0x0008, 0x0033);
  public static final Tag ACCESSION_NUMBER = define("AccessionNumber", 0x0008, 0x0050);
  public static final Tag MANUFACTURER = define("Manufacturer", 0x0008, 0x0070);
  public static final Tag REFERRING_PHYSICIAN_NAME =
      define("ReferringPhysicianName", 0x0008, 0x0090);
  public static final Tag MANUFACTURER_MODEL_NAME = define("ManufacturerModelName", 0x0008, 0x1090);
  public static final Tag PATIENT_BIRTH_DATE = define("PatientBirthDate", 0x0010, 0x0030);
  public static final Tag PATIENT_SEX = define("PatientSex", 0x0010, 0x0040);
  public static final Tag PATIENT_COMMENTS = define("PatientComments", 0x0010, 0x4000);
  public static final Tag CONTRAST_BOLUS_AGENT = define("ContrastBolusAgent", 0x0018, 0x0010);
  public static final Tag KVP = define("KVP", 0x0018, 0x0060);
  public static final Tag SOFTWARE_VERSIONS = define("SoftwareVersions", 0x0018, 0x1020);
  public static final Tag HEART_RATE = define("HeartRate", 0x0018, 0x1088);
  public static final Tag PATIENT_POSITION = define("PatientPosition", 0x0018, 0x5100);
  public static final Tag TRANSDUCER_FREQUENCY = define("TransducerFrequency", 0x0018, 0x6030);
  public static final Tag POSITION_REFERENCE_INDICATOR =
      define("PositionReferenceIndicator", 0x0020, 0x1040);
  public static final Tag SLICE_LOCATION = define("SliceLocation", 0x0020, 0x1041);
  public static final Tag IMAGE_COMMENTS = define("ImageComments", 0x0020, 0x4000);
  public static final Tag ULTRASOUND_COLOR_DATA_PRESENT =
      define("UltrasoundColorDataPresent", 0x0028, 0x0014);
  public static final Tag BURNED_IN_ANNOTATION = define("BurnedInAnnotation", 0x0028, 0x0301);

  private Tags() {}

  private static Tag define(String keyword, int group, int element) {
    Tag tag = new Tag(group, element);
    KEYWORDS.put(tag, keyword);
    return tag;
  }

  /** {@code Rows (0028,0010)}, or just the number for a tag not listed here. */
  public static String describe(Tag tag) {
    String keyword = KEYWORDS.get(tag);
    return keyword == null ? tag.toString() : keyword + " " + tag;
  }
}
