package devnet

import (
	"context"
	"math/big"

	"github.com/bttc-relay/sdk/contracts"
	"github.com/bttc-relay/sdk/eventpacket"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// The user's transactions. In process each seals its own block; attached
// each waits for the devnet's block production.

// userAddress is the user's account.
func (d *Devnet) userAddress() common.Address { return crypto.PubkeyToAddress(d.User.PublicKey) }

func (d *Devnet) tokenRoot(name string) (*Root, error) {
	r := d.Root(name)
	switch {
	case r == nil:
		return nil, errorf(ErrConfig, nil, "no root chain named %q", name)
	case !r.HasTokens():
		return nil, errorf(ErrNoTokens, nil, "root chain %q has no token bridge", name)
	}
	return r, nil
}

// Burn mints amount of root's child token to the user on BTTC and burns
// it (a WithdrawTo event, what an exit proves), and returns the burn.
func (d *Devnet) Burn(ctx context.Context, root string, amount int64) (*types.Transaction, error) {
	r, err := d.tokenRoot(root)
	if err != nil {
		return nil, err
	}
	token, err := contracts.NewChildTestToken(r.ChildToken, d.BTTC.Client)
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	user := d.userAddress()
	// Explicit nonces: the pool may not count the mint yet when the burn
	// asks for a pending nonce.
	nonce, err := d.BTTC.Client.NonceAt(ctx, user, nil)
	if err != nil {
		return nil, errorf(ErrChain, err, "reading the user's nonce on bttc")
	}
	o := TransactOpts(d.BTTC, d.User)
	o.Nonce = new(big.Int).SetUint64(nonce)
	mint, err := token.Deposit(o, user, big.NewInt(amount))
	if err != nil {
		return nil, errorf(ErrChain, err, "sending the mint (nonce %d)", nonce)
	}
	o = TransactOpts(d.BTTC, d.User)
	o.Nonce = new(big.Int).SetUint64(nonce + 1)
	burn, err := token.Withdraw(o, big.NewInt(amount))
	if err != nil {
		return nil, errorf(ErrChain, err, "sending the burn (nonce %d)", nonce+1)
	}
	rec, err := d.BTTC.minedOK(ctx, burn, "the burn")
	if err != nil {
		return nil, err
	}
	receipts, err := d.BTTC.Client.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(rec.BlockHash, true))
	if err != nil {
		return nil, errorf(ErrChain, err, "reading the receipts of the burn's block")
	}
	for _, r := range receipts {
		if r.TxHash == mint.Hash() && r.Status != types.ReceiptStatusSuccessful {
			return nil, errorf(ErrChain, nil, "the mint before the burn reverted")
		}
	}
	return burn, nil
}

// SendPacket sends an FT-transfer Event Packet from BTTC's outbox to
// root's PacketRecorder, and returns the transaction.
func (d *Devnet) SendPacket(ctx context.Context, root string, amount int64) (*types.Transaction, error) {
	r := d.Root(root)
	if r == nil {
		return nil, errorf(ErrConfig, nil, "no root chain named %q", root)
	}
	outbox, err := contracts.NewPacketOutbox(d.PacketOutbox, d.BTTC.Client)
	if err != nil {
		return nil, err
	}
	// The packet names the devnet's child token (there is one: Config
	// allows one root with the token bridge).
	var token common.Address
	for _, tr := range d.Roots {
		if tr.HasTokens() {
			token = tr.ChildToken
		}
	}
	if token == (common.Address{}) {
		return nil, errorf(ErrNoTokens, nil, "no root chain has the token bridge: a packet has no token to name")
	}
	payload, err := eventpacket.EncodePayload(&eventpacket.FTTransfer{Token: token,
		From: d.userAddress(), To: d.userAddress(), Amount: big.NewInt(amount)})
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	tx, err := outbox.Send(TransactOpts(d.BTTC, d.User), uint8(eventpacket.KindFTTransfer), new(big.Int).SetUint64(r.ChainID), r.PacketRecorder, payload)
	if err != nil {
		return nil, errorf(ErrChain, err, "sending a packet")
	}
	_, err = d.BTTC.minedOK(ctx, tx, "the packet")
	return tx, err
}

// Deposit deposits amount of root's token for the user on root
// (StateSender.depositFor: a StateSynced event for the DepositReceiver on
// BTTC, which mints the child token once the packet is delivered).
func (d *Devnet) Deposit(ctx context.Context, root string, amount int64) (*types.Transaction, error) {
	r, err := d.tokenRoot(root)
	if err != nil {
		return nil, err
	}
	sender, err := contracts.NewStateSender(r.StateSender, r.Client)
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	tx, err := sender.DepositFor(TransactOpts(&r.Chain, d.User), r.DepositReceiver, d.userAddress(), r.RootToken,
		uint64(r.RootChainID), big.NewInt(amount))
	if err != nil {
		return nil, errorf(ErrChain, err, "sending the deposit")
	}
	_, err = r.minedOK(ctx, tx, "the deposit")
	return tx, err
}

// Minted returns the user's balance of root's child token on BTTC (what
// deposits minted; burns take their own mints back out).
func (d *Devnet) Minted(ctx context.Context, root string) (*big.Int, error) {
	r, err := d.tokenRoot(root)
	if err != nil {
		return nil, err
	}
	token, err := contracts.NewChildTestToken(r.ChildToken, d.BTTC.Client)
	if err != nil {
		return nil, err
	}
	return token.BalanceOf(&bind.CallOpts{Context: ctx}, d.userAddress())
}

// Released returns the user's balance of root's token: what exits paid.
func (d *Devnet) Released(ctx context.Context, root string) (*big.Int, error) {
	r, err := d.tokenRoot(root)
	if err != nil {
		return nil, err
	}
	erc20, err := contracts.NewTestERC20(r.RootToken, r.Client)
	if err != nil {
		return nil, err
	}
	return erc20.BalanceOf(&bind.CallOpts{Context: ctx}, d.userAddress())
}

// PacketsReceived returns how many packets root's PacketRecorder received.
func (d *Devnet) PacketsReceived(ctx context.Context, root string) (int64, error) {
	r := d.Root(root)
	if r == nil {
		return 0, errorf(ErrConfig, nil, "no root chain named %q", root)
	}
	rec, err := contracts.NewPacketRecorder(r.PacketRecorder, r.Client)
	if err != nil {
		return 0, err
	}
	n, err := rec.ReceivedCount(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, err
	}
	return n.Int64(), nil
}
