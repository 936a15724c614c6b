import { IsOptional, IsString } from 'class-validator';

/** The re-identification form, as typed; reidentifyQuery checks it (the fields depend on `by`). */
export class ReidentifyDto {
  @IsOptional()
  @IsString()
  by?: string;

  @IsOptional()
  @IsString()
  documentNumber?: string;

  @IsOptional()
  @IsString()
  issuingCountry?: string;

  @IsOptional()
  @IsString()
  surname?: string;

  @IsOptional()
  @IsString()
  givenNames?: string;

  @IsOptional()
  @IsString()
  dateOfBirth?: string;

  @IsOptional()
  @IsString()
  justification?: string;
}
