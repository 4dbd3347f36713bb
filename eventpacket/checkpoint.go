package eventpacket

import (
	"crypto/ecdsa"
	"encoding/binary"

	"github.com/bttc-relay/sdk/sigagg"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// PacketCheckpoint commits a batch of packets from one source chain: validators
// sign its EIP-712 digest for one destination chain and inbox contract.
type PacketCheckpoint struct {
	Version          uint8
	SourceChainID    uint64
	Number           uint64 // the checkpoint's sequence number on this source
	StartHeight      uint64 // source blocks covered, inclusive
	EndHeight        uint64
	PacketRoot       common.Hash
	PacketCount      uint64
	StateRoot        common.Hash // optional: zero when not committed
	ValidatorSetHash common.Hash // sigagg.ValidatorSet.Hash of the signers' set
}

// Domain is the EIP-712 domain a checkpoint is signed for: a signature is
// valid only for this destination chain and verifying contract.
type Domain struct {
	Name              string
	Version           string
	ChainID           uint64 // the destination chain
	VerifyingContract common.Address
}

// DefaultDomain returns the domain of an inbox contract with the SDK's
// name and version.
func DefaultDomain(destChainID uint64, inbox common.Address) Domain {
	return Domain{Name: "BTTC Relay", Version: "1", ChainID: destChainID, VerifyingContract: inbox}
}

// CheckpointType is the EIP-712 type of a checkpoint.
const CheckpointType = "PacketCheckpoint(uint8 version,uint256 sourceChainId,uint64 number,uint64 startHeight," +
	"uint64 endHeight,bytes32 packetRoot,uint64 packetCount,bytes32 stateRoot,bytes32 validatorSetHash)"

var (
	checkpointTypeHash = crypto.Keccak256Hash([]byte(CheckpointType))
	domainTypeHash     = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
)

// Separator returns the EIP-712 domain separator.
func (d Domain) Separator() common.Hash {
	var buf [160]byte
	copy(buf[0:32], domainTypeHash[:])
	copy(buf[32:64], crypto.Keccak256([]byte(d.Name)))
	copy(buf[64:96], crypto.Keccak256([]byte(d.Version)))
	binary.BigEndian.PutUint64(buf[120:128], d.ChainID)
	copy(buf[140:160], d.VerifyingContract[:])
	return crypto.Keccak256Hash(buf[:])
}

// ValidateBasic checks the version, a non-zero source chain, start <= end, a
// non-zero packet count with a non-zero root, and a validator-set hash.
func (c *PacketCheckpoint) ValidateBasic() error {
	switch {
	case c.Version != Version:
		return makeError(ErrUnknownVersion, nil, "checkpoint version %d", c.Version)
	case c.SourceChainID == 0:
		return makeError(ErrInvalid, nil, "zero source chain")
	case c.StartHeight > c.EndHeight:
		return makeError(ErrInvalid, nil, "start %d above end %d", c.StartHeight, c.EndHeight)
	case c.PacketCount == 0 || c.PacketCount > MaxBatch || c.PacketRoot == (common.Hash{}):
		return makeError(ErrInvalid, nil, "packet count %d, root %s", c.PacketCount, c.PacketRoot)
	case c.ValidatorSetHash == (common.Hash{}):
		return makeError(ErrInvalid, nil, "zero validator-set hash")
	}
	return nil
}

// StructHash returns the EIP-712 hashStruct of the checkpoint.
func (c *PacketCheckpoint) StructHash() common.Hash {
	var buf [320]byte
	copy(buf[0:32], checkpointTypeHash[:])
	buf[63] = c.Version
	binary.BigEndian.PutUint64(buf[88:96], c.SourceChainID)
	binary.BigEndian.PutUint64(buf[120:128], c.Number)
	binary.BigEndian.PutUint64(buf[152:160], c.StartHeight)
	binary.BigEndian.PutUint64(buf[184:192], c.EndHeight)
	copy(buf[192:224], c.PacketRoot[:])
	binary.BigEndian.PutUint64(buf[248:256], c.PacketCount)
	copy(buf[256:288], c.StateRoot[:])
	copy(buf[288:320], c.ValidatorSetHash[:])
	return crypto.Keccak256Hash(buf[:])
}

// Digest returns the EIP-712 digest validators sign:
// keccak256(0x19 0x01 ‖ d.Separator() ‖ StructHash()).
func (c *PacketCheckpoint) Digest(d Domain) common.Hash {
	sep, st := d.Separator(), c.StructHash()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], st[:])
}

// Sign signs the checkpoint's digest for d with a validator key (low-s).
func Sign(c *PacketCheckpoint, d Domain, key *ecdsa.PrivateKey) (sigagg.Signature, error) {
	h := c.Digest(d)
	raw, err := crypto.Sign(h[:], key)
	if err != nil {
		return sigagg.Signature{}, makeError(ErrInvalid, err, "signing")
	}
	return sigagg.ParseSignature(raw)
}
