// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// CheckpointManagerMetaData contains all meta data concerning the CheckpointManager contract.
var CheckpointManagerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_childChainId\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"_validators\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"headerBlockId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"start\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"end\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"NewHeaderBlock\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CHECKPOINT_ID_INTERVAL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"voteHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[3][]\",\"name\":\"sigs\",\"type\":\"uint256[3][]\"}],\"name\":\"checkSignatures\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"childChainId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentHeaderBlock\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"headerBlocks\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"start\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"end\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"createdAt\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isValidator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"_validators\",\"type\":\"address[]\"}],\"name\":\"setValidators\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256[3][]\",\"name\":\"sigs\",\"type\":\"uint256[3][]\"}],\"name\":\"submitCheckpoint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"validators\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60a06040523461027b57610e70803803806100198161027f565b92833981019060408183031261027b578051602082015190916001600160401b03821161027b570182601f8201121561027b578051926001600160401b0384116101a4578360051b9160208061007081860161027f565b80978152019382010191821161027b57602001915b81831061025b5750505f80546001600160a01b03191633178155608092909252505b6001548110156100e457806100bd6001926102a4565b838060a01b0391549060031b1c165f52600260205260405f2060ff198154169055016100a7565b506001545f60015580610236575b505f5b8151811015610217576001600160a01b0361011082846102d0565b51161515806101ed575b156101b8576001600160a01b0361013182846102d0565b51165f908152600260205260409020805460ff191660011790556001600160a01b0361015d82846102d0565b51169060015491680100000000000000008310156101a45761018583600180950185556102a4565b819291549060031b91821b91858060a01b03901b1916179055016100f5565b634e487b7160e01b5f52604160045260245ffd5b60405162461bcd60e51b815260206004820152600d60248201526c3130b2103b30b634b230ba37b960991b6044820152606490fd5b506001600160a01b0361020082846102d0565b51165f52600260205260ff60405f2054161561011a565b604051610b8b90816102e5823960805181818161021201526105be0152f35b60015f5260205f205f5b82811061024e5750506100f2565b5f82820155600101610240565b82516001600160a01b038116810361027b57815260209283019201610085565b5f80fd5b6040519190601f01601f191682016001600160401b038111838210176101a457604052565b6001548110156102bc5760015f5260205f2001905f90565b634e487b7160e01b5f52603260045260245ffd5b80518210156102bc5760209160051b01019056fe6080806040526004361015610012575f80fd5b5f3560e01c90816341539d4a146108d7575080634e43e49514610509578063678871e6146104ed5780638da5cb5b146104c65780639300c92614610235578063b14b0f56146101fb578063c7e24ab7146101b4578063ca1e7819146100ec578063ec7e4855146100cf5763facd743b1461008a575f80fd5b346100cb5760203660031901126100cb576004356001600160a01b038116908190036100cb575f526002602052602060ff60405f2054166040519015158152f35b5f80fd5b346100cb575f3660031901126100cb576020600454604051908152f35b346100cb575f3660031901126100cb576040518060206001549283815201809260015f527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6905f5b818110610195575050508161014a910382610963565b604051918291602083019060208452518091526040830191905f5b818110610173575050500390f35b82516001600160a01b0316845285945060209384019390920191600101610165565b82546001600160a01b0316845260209093019260019283019201610134565b346100cb5760403660031901126100cb5760243567ffffffffffffffff81116100cb576101f36101ea6020923690600401610932565b906004356109a9565b604051908152f35b346100cb575f3660031901126100cb5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346100cb5760203660031901126100cb5760043567ffffffffffffffff81116100cb57366023820112156100cb5780600401359067ffffffffffffffff82116100cb578160051b91602483830101903682116100cb575f546001600160a01b03163303610494576102ac6020604051950185610963565b83526024602084019201915b81831061047457835f5b6001548110156102ff57806102d8600192610b5f565b838060a01b0391549060031b1c165f52600260205260405f2060ff198154169055016102c2565b506001545f60015580610434575b505f5b8151811015610432576001600160a01b0361032b8284610b77565b5116151580610408575b156103d3576001600160a01b0361034c8284610b77565b51165f908152600260205260409020805460ff191660011790556001600160a01b036103788284610b77565b51169060015491680100000000000000008310156103bf576103a08360018095018555610b5f565b819291549060031b91821b91858060a01b03901b191617905501610310565b634e487b7160e01b5f52604160045260245ffd5b60405162461bcd60e51b815260206004820152600d60248201526c3130b2103b30b634b230ba37b960991b6044820152606490fd5b506001600160a01b0361041b8284610b77565b51165f52600260205260ff60405f20541615610335565b005b60015f525f5b818110610447575061030d565b5f7fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf682015560010161043a565b82356001600160a01b03811681036100cb578152602092830192016102b8565b60405162461bcd60e51b815260206004820152600a60248201526937b7363c9037bbb732b960b11b6044820152606490fd5b346100cb575f3660031901126100cb575f546040516001600160a01b039091168152602090f35b346100cb575f3660031901126100cb5760206040516127108152f35b346100cb5760403660031901126100cb5760043567ffffffffffffffff81116100cb57366023820112156100cb57806004013567ffffffffffffffff81116100cb5760248201818301913660248401116100cb5760243567ffffffffffffffff81116100cb5761057d903690600401610932565b94909360e083036108a05760e090829003126100cb5782356001600160a01b03811693908490036100cb5760448201359260648301359660848401359360c47f000000000000000000000000000000000000000000000000000000000000000091013503610864576004549687610834575f5b86036107fd578886116107c8576001548060011b908082046002149015171561073c5760039004936001850180951161073c5784831061078b576106679361065f60216040518381946020830196600160f81b88528484013781015f838201520301601f198101835282610963565b5190206109a9565b1061075057612710840180941161073c576040519160a083019183831067ffffffffffffffff8411176103bf575f967fba5de06d22af2685c6c7765f60067f7d2b08c2d29f53cdf14d67f6d1c9bfb5279460609460405282815260046020820191858352604081018481528782019042825260808301948b86528c8e52600360205260408e2093518455516001840155516002830155516003820155019060018060a01b039051166bffffffffffffffffffffffff60a01b8254161790558660045560405192835260208301526040820152a4005b634e487b7160e01b5f52601160045260245ffd5b60405162461bcd60e51b8152602060048201526013602482015272322f332b31206e6f6e2d6d616a6f726974792160681b6044820152606490fd5b60405162461bcd60e51b81526020600482015260156024820152744e6f7420656e6f756768207369676e61747572657360581b6044820152606490fd5b60405162461bcd60e51b815260206004820152600d60248201526c496e76616c69642072616e676560981b6044820152606490fd5b60405162461bcd60e51b815260206004820152600f60248201526e125b98dbdc9c9958dd081cdd185c9d608a1b6044820152606490fd5b875f526003602052600260405f20015460018101809111156105f057634e487b7160e01b5f52601160045260245ffd5b60405162461bcd60e51b8152602060048201526014602482015273125b9d985b1a5908189bdc8818da185a5b881a5960621b6044820152606490fd5b60405162461bcd60e51b815260206004820152600f60248201526e0c4c2c840c8c2e8c240d8cadccee8d608b1b6044820152606490fd5b346100cb5760203660031901126100cb5760a0906004355f52600360205260405f2080549060018101546002820154906003830154926004600180891b03910154169385526020850152604084015260608301526080820152f35b9181601f840112156100cb5782359167ffffffffffffffff83116100cb57602080850194606085020101116100cb57565b90601f8019910116810190811067ffffffffffffffff8211176103bf57604052565b9190811015610995576060020190565b634e487b7160e01b5f52603260045260245ffd5b9092915f935f925f905b8382106109c2575b5050505050565b909192939560ff60406109d6858888610985565b01351696601b8810610b4d575b60ff5f9816601b81148015610b43575b80610b0b575b610a6a575b506001600160a01b03888116908216818114610a5d578110610a55575f52600260205260ff60405f20541615610a4a57505f19811461073c57600180910196925b0190939291936109b3565b926001919750610a3f565b5050956109bb565b5050926001919750610a3f565b602091985060805f91610a7e878a8a610985565b3584610a8b898c8c610985565b01359060405192888452868401526040830152606082015282805260015afa15610b00575f51966001600160a01b03881615610ac7575f6109fe565b60405162461bcd60e51b8152602060048201526011602482015270496e76616c6964207369676e617475726560781b6044820152606490fd5b6040513d5f823e3d90fd5b507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a06020610b3a878a8a610985565b013511156109f9565b50601c81146109f3565b96601b0160ff811161073c57966109e3565b6001548110156109955760015f5260205f2001905f90565b80518210156109955760209160051b01019056",
}

// CheckpointManagerABI is the input ABI used to generate the binding from.
// Deprecated: Use CheckpointManagerMetaData.ABI instead.
var CheckpointManagerABI = CheckpointManagerMetaData.ABI

// CheckpointManagerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use CheckpointManagerMetaData.Bin instead.
var CheckpointManagerBin = CheckpointManagerMetaData.Bin

// DeployCheckpointManager deploys a new Ethereum contract, binding an instance of CheckpointManager to it.
func DeployCheckpointManager(auth *bind.TransactOpts, backend bind.ContractBackend, _childChainId *big.Int, _validators []common.Address) (common.Address, *types.Transaction, *CheckpointManager, error) {
	parsed, err := CheckpointManagerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(CheckpointManagerBin), backend, _childChainId, _validators)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &CheckpointManager{CheckpointManagerCaller: CheckpointManagerCaller{contract: contract}, CheckpointManagerTransactor: CheckpointManagerTransactor{contract: contract}, CheckpointManagerFilterer: CheckpointManagerFilterer{contract: contract}}, nil
}

// CheckpointManager is an auto generated Go binding around an Ethereum contract.
type CheckpointManager struct {
	CheckpointManagerCaller     // Read-only binding to the contract
	CheckpointManagerTransactor // Write-only binding to the contract
	CheckpointManagerFilterer   // Log filterer for contract events
}

// CheckpointManagerCaller is an auto generated read-only Go binding around an Ethereum contract.
type CheckpointManagerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CheckpointManagerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type CheckpointManagerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CheckpointManagerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type CheckpointManagerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// CheckpointManagerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type CheckpointManagerSession struct {
	Contract     *CheckpointManager // Generic contract binding to set the session for
	CallOpts     bind.CallOpts      // Call options to use throughout this session
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// CheckpointManagerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type CheckpointManagerCallerSession struct {
	Contract *CheckpointManagerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts            // Call options to use throughout this session
}

// CheckpointManagerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type CheckpointManagerTransactorSession struct {
	Contract     *CheckpointManagerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts            // Transaction auth options to use throughout this session
}

// CheckpointManagerRaw is an auto generated low-level Go binding around an Ethereum contract.
type CheckpointManagerRaw struct {
	Contract *CheckpointManager // Generic contract binding to access the raw methods on
}

// CheckpointManagerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type CheckpointManagerCallerRaw struct {
	Contract *CheckpointManagerCaller // Generic read-only contract binding to access the raw methods on
}

// CheckpointManagerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type CheckpointManagerTransactorRaw struct {
	Contract *CheckpointManagerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewCheckpointManager creates a new instance of CheckpointManager, bound to a specific deployed contract.
func NewCheckpointManager(address common.Address, backend bind.ContractBackend) (*CheckpointManager, error) {
	contract, err := bindCheckpointManager(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &CheckpointManager{CheckpointManagerCaller: CheckpointManagerCaller{contract: contract}, CheckpointManagerTransactor: CheckpointManagerTransactor{contract: contract}, CheckpointManagerFilterer: CheckpointManagerFilterer{contract: contract}}, nil
}

// NewCheckpointManagerCaller creates a new read-only instance of CheckpointManager, bound to a specific deployed contract.
func NewCheckpointManagerCaller(address common.Address, caller bind.ContractCaller) (*CheckpointManagerCaller, error) {
	contract, err := bindCheckpointManager(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &CheckpointManagerCaller{contract: contract}, nil
}

// NewCheckpointManagerTransactor creates a new write-only instance of CheckpointManager, bound to a specific deployed contract.
func NewCheckpointManagerTransactor(address common.Address, transactor bind.ContractTransactor) (*CheckpointManagerTransactor, error) {
	contract, err := bindCheckpointManager(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &CheckpointManagerTransactor{contract: contract}, nil
}

// NewCheckpointManagerFilterer creates a new log filterer instance of CheckpointManager, bound to a specific deployed contract.
func NewCheckpointManagerFilterer(address common.Address, filterer bind.ContractFilterer) (*CheckpointManagerFilterer, error) {
	contract, err := bindCheckpointManager(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &CheckpointManagerFilterer{contract: contract}, nil
}

// bindCheckpointManager binds a generic wrapper to an already deployed contract.
func bindCheckpointManager(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := CheckpointManagerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CheckpointManager *CheckpointManagerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CheckpointManager.Contract.CheckpointManagerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CheckpointManager *CheckpointManagerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CheckpointManager.Contract.CheckpointManagerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CheckpointManager *CheckpointManagerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CheckpointManager.Contract.CheckpointManagerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_CheckpointManager *CheckpointManagerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _CheckpointManager.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_CheckpointManager *CheckpointManagerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _CheckpointManager.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_CheckpointManager *CheckpointManagerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _CheckpointManager.Contract.contract.Transact(opts, method, params...)
}

// CHECKPOINTIDINTERVAL is a free data retrieval call binding the contract method 0x678871e6.
//
// Solidity: function CHECKPOINT_ID_INTERVAL() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCaller) CHECKPOINTIDINTERVAL(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "CHECKPOINT_ID_INTERVAL")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CHECKPOINTIDINTERVAL is a free data retrieval call binding the contract method 0x678871e6.
//
// Solidity: function CHECKPOINT_ID_INTERVAL() view returns(uint256)
func (_CheckpointManager *CheckpointManagerSession) CHECKPOINTIDINTERVAL() (*big.Int, error) {
	return _CheckpointManager.Contract.CHECKPOINTIDINTERVAL(&_CheckpointManager.CallOpts)
}

// CHECKPOINTIDINTERVAL is a free data retrieval call binding the contract method 0x678871e6.
//
// Solidity: function CHECKPOINT_ID_INTERVAL() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCallerSession) CHECKPOINTIDINTERVAL() (*big.Int, error) {
	return _CheckpointManager.Contract.CHECKPOINTIDINTERVAL(&_CheckpointManager.CallOpts)
}

// CheckSignatures is a free data retrieval call binding the contract method 0xc7e24ab7.
//
// Solidity: function checkSignatures(bytes32 voteHash, uint256[3][] sigs) view returns(uint256 count)
func (_CheckpointManager *CheckpointManagerCaller) CheckSignatures(opts *bind.CallOpts, voteHash [32]byte, sigs [][3]*big.Int) (*big.Int, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "checkSignatures", voteHash, sigs)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CheckSignatures is a free data retrieval call binding the contract method 0xc7e24ab7.
//
// Solidity: function checkSignatures(bytes32 voteHash, uint256[3][] sigs) view returns(uint256 count)
func (_CheckpointManager *CheckpointManagerSession) CheckSignatures(voteHash [32]byte, sigs [][3]*big.Int) (*big.Int, error) {
	return _CheckpointManager.Contract.CheckSignatures(&_CheckpointManager.CallOpts, voteHash, sigs)
}

// CheckSignatures is a free data retrieval call binding the contract method 0xc7e24ab7.
//
// Solidity: function checkSignatures(bytes32 voteHash, uint256[3][] sigs) view returns(uint256 count)
func (_CheckpointManager *CheckpointManagerCallerSession) CheckSignatures(voteHash [32]byte, sigs [][3]*big.Int) (*big.Int, error) {
	return _CheckpointManager.Contract.CheckSignatures(&_CheckpointManager.CallOpts, voteHash, sigs)
}

// ChildChainId is a free data retrieval call binding the contract method 0xb14b0f56.
//
// Solidity: function childChainId() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCaller) ChildChainId(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "childChainId")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ChildChainId is a free data retrieval call binding the contract method 0xb14b0f56.
//
// Solidity: function childChainId() view returns(uint256)
func (_CheckpointManager *CheckpointManagerSession) ChildChainId() (*big.Int, error) {
	return _CheckpointManager.Contract.ChildChainId(&_CheckpointManager.CallOpts)
}

// ChildChainId is a free data retrieval call binding the contract method 0xb14b0f56.
//
// Solidity: function childChainId() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCallerSession) ChildChainId() (*big.Int, error) {
	return _CheckpointManager.Contract.ChildChainId(&_CheckpointManager.CallOpts)
}

// CurrentHeaderBlock is a free data retrieval call binding the contract method 0xec7e4855.
//
// Solidity: function currentHeaderBlock() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCaller) CurrentHeaderBlock(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "currentHeaderBlock")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CurrentHeaderBlock is a free data retrieval call binding the contract method 0xec7e4855.
//
// Solidity: function currentHeaderBlock() view returns(uint256)
func (_CheckpointManager *CheckpointManagerSession) CurrentHeaderBlock() (*big.Int, error) {
	return _CheckpointManager.Contract.CurrentHeaderBlock(&_CheckpointManager.CallOpts)
}

// CurrentHeaderBlock is a free data retrieval call binding the contract method 0xec7e4855.
//
// Solidity: function currentHeaderBlock() view returns(uint256)
func (_CheckpointManager *CheckpointManagerCallerSession) CurrentHeaderBlock() (*big.Int, error) {
	return _CheckpointManager.Contract.CurrentHeaderBlock(&_CheckpointManager.CallOpts)
}

// HeaderBlocks is a free data retrieval call binding the contract method 0x41539d4a.
//
// Solidity: function headerBlocks(uint256 ) view returns(bytes32 root, uint256 start, uint256 end, uint256 createdAt, address proposer)
func (_CheckpointManager *CheckpointManagerCaller) HeaderBlocks(opts *bind.CallOpts, arg0 *big.Int) (struct {
	Root      [32]byte
	Start     *big.Int
	End       *big.Int
	CreatedAt *big.Int
	Proposer  common.Address
}, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "headerBlocks", arg0)

	outstruct := new(struct {
		Root      [32]byte
		Start     *big.Int
		End       *big.Int
		CreatedAt *big.Int
		Proposer  common.Address
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Root = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.Start = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.End = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)
	outstruct.CreatedAt = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.Proposer = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)

	return *outstruct, err

}

// HeaderBlocks is a free data retrieval call binding the contract method 0x41539d4a.
//
// Solidity: function headerBlocks(uint256 ) view returns(bytes32 root, uint256 start, uint256 end, uint256 createdAt, address proposer)
func (_CheckpointManager *CheckpointManagerSession) HeaderBlocks(arg0 *big.Int) (struct {
	Root      [32]byte
	Start     *big.Int
	End       *big.Int
	CreatedAt *big.Int
	Proposer  common.Address
}, error) {
	return _CheckpointManager.Contract.HeaderBlocks(&_CheckpointManager.CallOpts, arg0)
}

// HeaderBlocks is a free data retrieval call binding the contract method 0x41539d4a.
//
// Solidity: function headerBlocks(uint256 ) view returns(bytes32 root, uint256 start, uint256 end, uint256 createdAt, address proposer)
func (_CheckpointManager *CheckpointManagerCallerSession) HeaderBlocks(arg0 *big.Int) (struct {
	Root      [32]byte
	Start     *big.Int
	End       *big.Int
	CreatedAt *big.Int
	Proposer  common.Address
}, error) {
	return _CheckpointManager.Contract.HeaderBlocks(&_CheckpointManager.CallOpts, arg0)
}

// IsValidator is a free data retrieval call binding the contract method 0xfacd743b.
//
// Solidity: function isValidator(address ) view returns(bool)
func (_CheckpointManager *CheckpointManagerCaller) IsValidator(opts *bind.CallOpts, arg0 common.Address) (bool, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "isValidator", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsValidator is a free data retrieval call binding the contract method 0xfacd743b.
//
// Solidity: function isValidator(address ) view returns(bool)
func (_CheckpointManager *CheckpointManagerSession) IsValidator(arg0 common.Address) (bool, error) {
	return _CheckpointManager.Contract.IsValidator(&_CheckpointManager.CallOpts, arg0)
}

// IsValidator is a free data retrieval call binding the contract method 0xfacd743b.
//
// Solidity: function isValidator(address ) view returns(bool)
func (_CheckpointManager *CheckpointManagerCallerSession) IsValidator(arg0 common.Address) (bool, error) {
	return _CheckpointManager.Contract.IsValidator(&_CheckpointManager.CallOpts, arg0)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_CheckpointManager *CheckpointManagerCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_CheckpointManager *CheckpointManagerSession) Owner() (common.Address, error) {
	return _CheckpointManager.Contract.Owner(&_CheckpointManager.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_CheckpointManager *CheckpointManagerCallerSession) Owner() (common.Address, error) {
	return _CheckpointManager.Contract.Owner(&_CheckpointManager.CallOpts)
}

// Validators is a free data retrieval call binding the contract method 0xca1e7819.
//
// Solidity: function validators() view returns(address[])
func (_CheckpointManager *CheckpointManagerCaller) Validators(opts *bind.CallOpts) ([]common.Address, error) {
	var out []interface{}
	err := _CheckpointManager.contract.Call(opts, &out, "validators")

	if err != nil {
		return *new([]common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)

	return out0, err

}

// Validators is a free data retrieval call binding the contract method 0xca1e7819.
//
// Solidity: function validators() view returns(address[])
func (_CheckpointManager *CheckpointManagerSession) Validators() ([]common.Address, error) {
	return _CheckpointManager.Contract.Validators(&_CheckpointManager.CallOpts)
}

// Validators is a free data retrieval call binding the contract method 0xca1e7819.
//
// Solidity: function validators() view returns(address[])
func (_CheckpointManager *CheckpointManagerCallerSession) Validators() ([]common.Address, error) {
	return _CheckpointManager.Contract.Validators(&_CheckpointManager.CallOpts)
}

// SetValidators is a paid mutator transaction binding the contract method 0x9300c926.
//
// Solidity: function setValidators(address[] _validators) returns()
func (_CheckpointManager *CheckpointManagerTransactor) SetValidators(opts *bind.TransactOpts, _validators []common.Address) (*types.Transaction, error) {
	return _CheckpointManager.contract.Transact(opts, "setValidators", _validators)
}

// SetValidators is a paid mutator transaction binding the contract method 0x9300c926.
//
// Solidity: function setValidators(address[] _validators) returns()
func (_CheckpointManager *CheckpointManagerSession) SetValidators(_validators []common.Address) (*types.Transaction, error) {
	return _CheckpointManager.Contract.SetValidators(&_CheckpointManager.TransactOpts, _validators)
}

// SetValidators is a paid mutator transaction binding the contract method 0x9300c926.
//
// Solidity: function setValidators(address[] _validators) returns()
func (_CheckpointManager *CheckpointManagerTransactorSession) SetValidators(_validators []common.Address) (*types.Transaction, error) {
	return _CheckpointManager.Contract.SetValidators(&_CheckpointManager.TransactOpts, _validators)
}

// SubmitCheckpoint is a paid mutator transaction binding the contract method 0x4e43e495.
//
// Solidity: function submitCheckpoint(bytes data, uint256[3][] sigs) returns()
func (_CheckpointManager *CheckpointManagerTransactor) SubmitCheckpoint(opts *bind.TransactOpts, data []byte, sigs [][3]*big.Int) (*types.Transaction, error) {
	return _CheckpointManager.contract.Transact(opts, "submitCheckpoint", data, sigs)
}

// SubmitCheckpoint is a paid mutator transaction binding the contract method 0x4e43e495.
//
// Solidity: function submitCheckpoint(bytes data, uint256[3][] sigs) returns()
func (_CheckpointManager *CheckpointManagerSession) SubmitCheckpoint(data []byte, sigs [][3]*big.Int) (*types.Transaction, error) {
	return _CheckpointManager.Contract.SubmitCheckpoint(&_CheckpointManager.TransactOpts, data, sigs)
}

// SubmitCheckpoint is a paid mutator transaction binding the contract method 0x4e43e495.
//
// Solidity: function submitCheckpoint(bytes data, uint256[3][] sigs) returns()
func (_CheckpointManager *CheckpointManagerTransactorSession) SubmitCheckpoint(data []byte, sigs [][3]*big.Int) (*types.Transaction, error) {
	return _CheckpointManager.Contract.SubmitCheckpoint(&_CheckpointManager.TransactOpts, data, sigs)
}

// CheckpointManagerNewHeaderBlockIterator is returned from FilterNewHeaderBlock and is used to iterate over the raw logs and unpacked data for NewHeaderBlock events raised by the CheckpointManager contract.
type CheckpointManagerNewHeaderBlockIterator struct {
	Event *CheckpointManagerNewHeaderBlock // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *CheckpointManagerNewHeaderBlockIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(CheckpointManagerNewHeaderBlock)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(CheckpointManagerNewHeaderBlock)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *CheckpointManagerNewHeaderBlockIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *CheckpointManagerNewHeaderBlockIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// CheckpointManagerNewHeaderBlock represents a NewHeaderBlock event raised by the CheckpointManager contract.
type CheckpointManagerNewHeaderBlock struct {
	Proposer      common.Address
	HeaderBlockId *big.Int
	Reward        *big.Int
	Start         *big.Int
	End           *big.Int
	Root          [32]byte
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterNewHeaderBlock is a free log retrieval operation binding the contract event 0xba5de06d22af2685c6c7765f60067f7d2b08c2d29f53cdf14d67f6d1c9bfb527.
//
// Solidity: event NewHeaderBlock(address indexed proposer, uint256 indexed headerBlockId, uint256 indexed reward, uint256 start, uint256 end, bytes32 root)
func (_CheckpointManager *CheckpointManagerFilterer) FilterNewHeaderBlock(opts *bind.FilterOpts, proposer []common.Address, headerBlockId []*big.Int, reward []*big.Int) (*CheckpointManagerNewHeaderBlockIterator, error) {

	var proposerRule []interface{}
	for _, proposerItem := range proposer {
		proposerRule = append(proposerRule, proposerItem)
	}
	var headerBlockIdRule []interface{}
	for _, headerBlockIdItem := range headerBlockId {
		headerBlockIdRule = append(headerBlockIdRule, headerBlockIdItem)
	}
	var rewardRule []interface{}
	for _, rewardItem := range reward {
		rewardRule = append(rewardRule, rewardItem)
	}

	logs, sub, err := _CheckpointManager.contract.FilterLogs(opts, "NewHeaderBlock", proposerRule, headerBlockIdRule, rewardRule)
	if err != nil {
		return nil, err
	}
	return &CheckpointManagerNewHeaderBlockIterator{contract: _CheckpointManager.contract, event: "NewHeaderBlock", logs: logs, sub: sub}, nil
}

// WatchNewHeaderBlock is a free log subscription operation binding the contract event 0xba5de06d22af2685c6c7765f60067f7d2b08c2d29f53cdf14d67f6d1c9bfb527.
//
// Solidity: event NewHeaderBlock(address indexed proposer, uint256 indexed headerBlockId, uint256 indexed reward, uint256 start, uint256 end, bytes32 root)
func (_CheckpointManager *CheckpointManagerFilterer) WatchNewHeaderBlock(opts *bind.WatchOpts, sink chan<- *CheckpointManagerNewHeaderBlock, proposer []common.Address, headerBlockId []*big.Int, reward []*big.Int) (event.Subscription, error) {

	var proposerRule []interface{}
	for _, proposerItem := range proposer {
		proposerRule = append(proposerRule, proposerItem)
	}
	var headerBlockIdRule []interface{}
	for _, headerBlockIdItem := range headerBlockId {
		headerBlockIdRule = append(headerBlockIdRule, headerBlockIdItem)
	}
	var rewardRule []interface{}
	for _, rewardItem := range reward {
		rewardRule = append(rewardRule, rewardItem)
	}

	logs, sub, err := _CheckpointManager.contract.WatchLogs(opts, "NewHeaderBlock", proposerRule, headerBlockIdRule, rewardRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(CheckpointManagerNewHeaderBlock)
				if err := _CheckpointManager.contract.UnpackLog(event, "NewHeaderBlock", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseNewHeaderBlock is a log parse operation binding the contract event 0xba5de06d22af2685c6c7765f60067f7d2b08c2d29f53cdf14d67f6d1c9bfb527.
//
// Solidity: event NewHeaderBlock(address indexed proposer, uint256 indexed headerBlockId, uint256 indexed reward, uint256 start, uint256 end, bytes32 root)
func (_CheckpointManager *CheckpointManagerFilterer) ParseNewHeaderBlock(log types.Log) (*CheckpointManagerNewHeaderBlock, error) {
	event := new(CheckpointManagerNewHeaderBlock)
	if err := _CheckpointManager.contract.UnpackLog(event, "NewHeaderBlock", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
