//go:build !purego

#include "textflag.h"

// REDUCE_STORE sets *z to the 512-bit R8..R15 modulo p: t0..t3 +=
// t4..t7 · c (c = 2^32 + 977, the carry word into R12), then t0..t3 +=
// R12 · c, adding c once more if that wrapped past 2^256, then p
// subtracted (c added modulo 2^256) when the value is at least p, which is
// when adding c carries.
#define REDUCE_STORE \
	MOVQ  $0x1000003D1, DX \
	XORQ  AX, AX \
	MULXQ R12, AX, BX \
	ADCXQ AX, R8 \
	ADOXQ BX, R9 \
	MULXQ R13, AX, BX \
	ADCXQ AX, R9 \
	ADOXQ BX, R10 \
	MULXQ R14, AX, BX \
	ADCXQ AX, R10 \
	ADOXQ BX, R11 \
	MULXQ R15, AX, R12 \
	ADCXQ AX, R11 \
	MOVQ  $0, AX \
	ADOXQ AX, R12 \
	ADCXQ AX, R12 \
	MULXQ R12, AX, BX \
	ADDQ  AX, R8 \
	ADCQ  BX, R9 \
	ADCQ  $0, R10 \
	ADCQ  $0, R11 \
	SBBQ  AX, AX \
	ANDQ  DX, AX \
	ADDQ  AX, R8 \
	ADCQ  $0, R9 \
	ADCQ  $0, R10 \
	ADCQ  $0, R11 \
	MOVQ    R8, AX \
	ADDQ    DX, AX \
	MOVQ    R9, BX \
	ADCQ    $0, BX \
	MOVQ    R10, R12 \
	ADCQ    $0, R12 \
	MOVQ    R11, R13 \
	ADCQ    $0, R13 \
	CMOVQCS AX, R8 \
	CMOVQCS BX, R9 \
	CMOVQCS R12, R10 \
	CMOVQCS R13, R11 \
	MOVQ z+0(FP), DI \
	MOVQ R8, 0(DI) \
	MOVQ R9, 8(DI) \
	MOVQ R10, 16(DI) \
	MOVQ R11, 24(DI)

// func mulADX(z, a, b *fe)
// z = a·b mod p with MULX (BMI2) and the ADCX/ADOX carry chains (ADX):
// the 512-bit product row by row, then the high half times 2^32 + 977
// folded into the low half twice, then p subtracted once if needed.
TEXT ·mulADX(SB), NOSPLIT, $0-24
	MOVQ a+8(FP), SI
	MOVQ b+16(FP), CX

	// Row 0: t0..t4 = a0·b.
	MOVQ  0(SI), DX
	MULXQ 0(CX), R8, R9
	MULXQ 8(CX), AX, R10
	ADDQ  AX, R9
	MULXQ 16(CX), AX, R11
	ADCQ  AX, R10
	MULXQ 24(CX), AX, R12
	ADCQ  AX, R11
	ADCQ  $0, R12

	// Row 1: t1..t5 += a1·b.
	MOVQ  8(SI), DX
	XORQ  R13, R13
	MULXQ 0(CX), AX, BX
	ADCXQ AX, R9
	ADOXQ BX, R10
	MULXQ 8(CX), AX, BX
	ADCXQ AX, R10
	ADOXQ BX, R11
	MULXQ 16(CX), AX, BX
	ADCXQ AX, R11
	ADOXQ BX, R12
	MULXQ 24(CX), AX, BX
	ADCXQ AX, R12
	ADOXQ BX, R13
	MOVQ  $0, AX
	ADCXQ AX, R13

	// Row 2: t2..t6 += a2·b.
	MOVQ  16(SI), DX
	XORQ  R14, R14
	MULXQ 0(CX), AX, BX
	ADCXQ AX, R10
	ADOXQ BX, R11
	MULXQ 8(CX), AX, BX
	ADCXQ AX, R11
	ADOXQ BX, R12
	MULXQ 16(CX), AX, BX
	ADCXQ AX, R12
	ADOXQ BX, R13
	MULXQ 24(CX), AX, BX
	ADCXQ AX, R13
	ADOXQ BX, R14
	MOVQ  $0, AX
	ADCXQ AX, R14

	// Row 3: t3..t7 += a3·b.
	MOVQ  24(SI), DX
	XORQ  R15, R15
	MULXQ 0(CX), AX, BX
	ADCXQ AX, R11
	ADOXQ BX, R12
	MULXQ 8(CX), AX, BX
	ADCXQ AX, R12
	ADOXQ BX, R13
	MULXQ 16(CX), AX, BX
	ADCXQ AX, R13
	ADOXQ BX, R14
	MULXQ 24(CX), AX, BX
	ADCXQ AX, R14
	ADOXQ BX, R15
	MOVQ  $0, AX
	ADCXQ AX, R15

	REDUCE_STORE
	RET

// func sqrADX(z, a *fe)
// z = a² mod p: the six cross products once, doubled, plus the four
// squares, then the reduction of mulADX.
TEXT ·sqrADX(SB), NOSPLIT, $0-16
	MOVQ a+8(FP), SI

	MOVQ  0(SI), DX
	MULXQ 8(SI), R9, R10
	MULXQ 16(SI), AX, R11
	ADDQ  AX, R10
	MULXQ 24(SI), AX, R12
	ADCQ  AX, R11
	ADCQ  $0, R12

	MOVQ  8(SI), DX
	XORQ  R13, R13
	MULXQ 16(SI), AX, BX
	ADCXQ AX, R11
	ADOXQ BX, R12
	MULXQ 24(SI), AX, BX
	ADCXQ AX, R12
	ADOXQ BX, R13
	MOVQ  $0, AX
	ADCXQ AX, R13

	MOVQ  16(SI), DX
	MULXQ 24(SI), AX, R14
	ADDQ  AX, R13
	ADCQ  $0, R14

	// Double t1..t6 into t1..t7.
	XORQ R15, R15
	ADDQ R9, R9
	ADCQ R10, R10
	ADCQ R11, R11
	ADCQ R12, R12
	ADCQ R13, R13
	ADCQ R14, R14
	ADCQ $0, R15

	// Add the squares a_i² at t_2i.
	MOVQ  0(SI), DX
	MULXQ DX, R8, AX
	ADDQ  AX, R9
	MOVQ  8(SI), DX
	MULXQ DX, AX, BX
	ADCQ  AX, R10
	ADCQ  BX, R11
	MOVQ  16(SI), DX
	MULXQ DX, AX, BX
	ADCQ  AX, R12
	ADCQ  BX, R13
	MOVQ  24(SI), DX
	MULXQ DX, AX, BX
	ADCQ  AX, R14
	ADCQ  BX, R15

	REDUCE_STORE
	RET
